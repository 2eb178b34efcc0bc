package com.decipheru.careers.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * When the content each page shows last changed, for its Last-Modified: a guide changes with its own file,
 * the files of the guides it names (its bridge, the guides that bridge to it), and the site-wide files
 * every page shows (site.yml and the verticals, named in the navigation); a hub with its guides; anything
 * else with the newest file. A reload that leaves a page's content alone leaves its date alone.
 */
public final class PageDates {

    private static final Derivation<PageDates> OF = PageDates::new;

    private final Instant shared;
    private final Instant newest;
    private final Map<String, Instant> files = new HashMap<>();
    private final Map<String, Instant> pages = new HashMap<>();

    private PageDates(Catalogue catalogue) {
        shared = latest(Stream.concat(Stream.of(catalogue.site().modified()),
                catalogue.verticals().stream().map(Vertical::modified)));
        catalogue.roles().forEach(role -> files.put(role.path(), role.modified()));
        newest = latest(Stream.concat(Stream.of(shared), files.values().stream()));
        for (Vertical vertical : catalogue.verticals()) {
            pages.put(vertical.path(), latest(Stream.concat(Stream.of(shared),
                    catalogue.rolesIn(vertical).stream().map(Role::modified))));
        }
        for (Role role : catalogue.roles()) {
            List<RoleLink> named = Stream.concat(Stream.of(role.bridge().target()), role.bridgedFrom().stream()).toList();
            pages.put(role.path(), latest(Stream.concat(Stream.of(shared, role.modified()),
                    named.stream().map(link -> files.getOrDefault(link.path(), Instant.EPOCH)))));
        }
    }

    public static PageDates of(Catalogue catalogue) {
        return catalogue.derived(OF);
    }

    /** The Last-Modified of the page or file at this path. */
    public Instant lastModified(String path) {
        return pages.getOrDefault(path, newest);
    }

    private static Instant latest(Stream<Instant> instants) {
        return instants.max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
