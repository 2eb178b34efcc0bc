package com.decipheru.careers.vertical;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.JsonLd;
import com.decipheru.careers.web.Page;
import com.decipheru.careers.web.Titles;

/** A vertical's hub page: its title, breadcrumbs and structured data (CollectionPage of its guides). */
@Component
class HubPages {

    private final JsonLd jsonLd;

    HubPages(SiteProperties properties) {
        this.jsonLd = new JsonLd(properties.baseUrl());
    }

    Page page(Vertical vertical, Catalogue snapshot) {
        String site = snapshot.site().name();
        List<Page.Crumb> crumbs = List.of(new Page.Crumb("Home", Routes.HOME), new Page.Crumb(vertical.name(), vertical.path()));
        return Page.of("vertical/hub", Titles.fit(vertical.name() + " careers: role guides | " + site,
                        vertical.name() + " careers | " + site), vertical.summary())
                .canonical(vertical.path())
                .breadcrumbs(crumbs)
                .jsonLd(structuredData(vertical, snapshot.rolesIn(vertical), crumbs));
    }

    private List<String> structuredData(Vertical vertical, List<Role> roles, List<Page.Crumb> crumbs) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            items.add(JsonLd.item("ListItem", "position", i + 1, "url", jsonLd.url(roles.get(i).path()),
                    "name", roles.get(i).title()));
        }
        return JsonLd.blocks(
                JsonLd.node("CollectionPage", "name", vertical.name() + " careers", "description", vertical.summary(),
                        "url", jsonLd.url(vertical.path()),
                        "mainEntity", JsonLd.item("ItemList", "numberOfItems", roles.size(), "itemListElement", items)),
                jsonLd.breadcrumbs(crumbs));
    }
}
