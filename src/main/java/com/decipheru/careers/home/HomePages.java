package com.decipheru.careers.home;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.SiteSettings;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.JsonLd;
import com.decipheru.careers.web.Page;
import com.decipheru.careers.web.Titles;

/** The home page: its title and structured data (WebSite, Organization). */
@Component
class HomePages {

    private final JsonLd jsonLd;

    HomePages(SiteProperties properties) {
        this.jsonLd = new JsonLd(properties.baseUrl());
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
