package com.decipheru.careers.home;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.SiteSettings;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.JsonLd;
import com.decipheru.careers.web.Page;
import com.decipheru.careers.web.Titles;

/**
 * The home page: each vertical with its most recently reviewed guides and a link to all of them, so the
 * page stays small however many guides there are; its title and structured data (WebSite, Organization).
 */
@Component
class HomePages {

    static final int GUIDES_PER_VERTICAL = 6;
    private static final Comparator<Role> NEWEST_FIRST = Comparator.comparing(Role::lastReviewed).reversed()
            .thenComparing(Catalogue.BY_TITLE);

    /** A vertical on the home page: its newest guides and how many it has. */
    record Section(Vertical vertical, List<Role> newest, int total) {
    }

    private final JsonLd jsonLd;

    HomePages(SiteProperties properties) {
        this.jsonLd = new JsonLd(properties.baseUrl());
    }

    List<Section> sections(Catalogue snapshot) {
        return snapshot.verticals().stream().map(vertical -> {
            List<Role> roles = snapshot.rolesIn(vertical);
            return new Section(vertical, roles.stream().sorted(NEWEST_FIRST).limit(GUIDES_PER_VERTICAL).toList(), roles.size());
        }).toList();
    }

    Page page(Catalogue snapshot) {
        SiteSettings site = snapshot.site();
        String title = Titles.fit(site.name() + ": " + site.tagline(), site.tagline() + " | " + site.name(),
                site.name() + ": career guides");
        return Page.of("home", title, site.tagline())
                .canonical(Routes.HOME)
                .jsonLd(JsonLd.blocks(
                        JsonLd.node("WebSite", "name", site.name(), "url", jsonLd.url(Routes.HOME), "description", site.tagline()),
                        JsonLd.node("Organization", "name", site.name(), "url", jsonLd.url(Routes.HOME))));
    }
}
