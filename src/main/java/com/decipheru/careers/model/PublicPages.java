package com.decipheru.careers.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every public page of a catalogue, once, in navigation order: home, then each hub followed by its
 * guides. Drafts and redirects are not pages. The sitemap, the static export and the tests use this list.
 */
public final class PublicPages {

    private static final Derivation<List<PublicPage>> LIST = PublicPages::list;

    private PublicPages() {
    }

    /** The snapshot's public pages, listed once per snapshot. */
    public static List<PublicPage> of(Catalogue catalogue) {
        return catalogue.derived(LIST);
    }

    private static List<PublicPage> list(Catalogue catalogue) {
        List<PublicPage> pages = new ArrayList<>();
        List<Role> published = catalogue.roles().stream().filter(role -> !role.draft()).toList();
        pages.add(new PublicPage(Routes.HOME, newest(published).orElse(null)));
        for (Vertical vertical : catalogue.verticals()) {
            List<Role> roles = catalogue.rolesIn(vertical).stream().filter(role -> !role.draft()).toList();
            pages.add(new PublicPage(vertical.path(), newest(roles).orElse(null)));
            roles.forEach(role -> pages.add(new PublicPage(role.path(), role.lastReviewed())));
        }
        return List.copyOf(pages);
    }

    private static Optional<LocalDate> newest(List<Role> roles) {
        return roles.stream().map(Role::lastReviewed).max(Comparator.naturalOrder());
    }
}
