package com.decipheru.careers.vertical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.JsonLd;
import com.decipheru.careers.web.Page;
import com.decipheru.careers.web.Pagination;
import com.decipheru.careers.web.Titles;

/**
 * A vertical's hub, {@value #PAGE_SIZE} guides a page: its title, breadcrumbs and structured data
 * (a CollectionPage of the guides on the page).
 */
@Component
class HubPages {

    static final int PAGE_SIZE = 48;

    private final JsonLd jsonLd;

    HubPages(SiteProperties properties) {
        this.jsonLd = new JsonLd(properties.baseUrl());
    }

    /** The page the {@code page} parameter asks for, or empty when it does not exist. */
    Optional<Hub> hub(Vertical vertical, String pageParameter, Catalogue snapshot) {
        List<Role> all = snapshot.rolesIn(vertical);
        return Pagination.of(pageParameter, all.size(), PAGE_SIZE, vertical.path())
                .map(pages -> new Hub(vertical, pages.slice(all, PAGE_SIZE), all.size(), page(vertical, pages, snapshot, all)));
    }

    /** What the hub template shows: the page's guides and how many there are in all. */
    record Hub(Vertical vertical, List<Role> roles, int total, Page page) {

        /** The position of the page's first guide in the whole list, from 1. */
        public int first() {
            return (page.pagination().number() - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return first() + roles.size() - 1;
        }
    }

    private Page page(Vertical vertical, Pagination pages, Catalogue snapshot, List<Role> all) {
        String site = snapshot.site().name();
        String onPage = pages.number() == 1 ? "" : ", page " + pages.number();
        List<Page.Crumb> crumbs = List.of(new Page.Crumb("Home", Routes.HOME), new Page.Crumb(vertical.name(), vertical.path()));
        return Page.of("vertical/hub", Titles.fit(vertical.name() + " careers: role guides" + onPage + " | " + site,
                        vertical.name() + " careers" + onPage + " | " + site), vertical.summary())
                .pagination(pages)
                .breadcrumbs(crumbs)
                .jsonLd(structuredData(vertical, pages, pages.slice(all, PAGE_SIZE), crumbs));
    }

    private List<String> structuredData(Vertical vertical, Pagination pages, List<Role> roles, List<Page.Crumb> crumbs) {
        int first = (pages.number() - 1) * PAGE_SIZE;
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            items.add(JsonLd.item("ListItem", "position", first + i + 1, "url", jsonLd.url(roles.get(i).path()),
                    "name", roles.get(i).title()));
        }
        return JsonLd.blocks(
                JsonLd.node("CollectionPage", "name", vertical.name() + " careers", "description", vertical.summary(),
                        "url", jsonLd.url(pages.self()),
                        "mainEntity", JsonLd.item("ItemList", "numberOfItems", roles.size(), "itemListElement", items)),
                jsonLd.breadcrumbs(crumbs));
    }
}
