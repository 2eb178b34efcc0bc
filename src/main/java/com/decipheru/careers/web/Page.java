package com.decipheru.careers.web;

import java.util.List;

import org.springframework.ui.Model;

/**
 * What the layout needs to know about a page besides its content: the view that renders it, its title
 * and description for readers and search engines, its canonical path, how it may be indexed, its
 * structured data and its breadcrumbs. Each feature makes its pages from the snapshot and the path.
 */
public record Page(
        String view,
        String title,
        String description,
        String canonicalPath,
        String ogType,
        boolean noindex,
        List<String> jsonLd,
        List<Crumb> breadcrumbs,
        Pagination pagination) {

    /** One step of the breadcrumb trail; the last one is the page itself. */
    public record Crumb(String name, String path) {
    }

    /** A page with no canonical address, structured data or breadcrumbs yet; indexable, Open Graph type website. */
    public static Page of(String view, String title, String description) {
        return new Page(view, title, description, null, "website", false, List.of(), List.of(), null);
    }

    public Page canonical(String path) {
        return new Page(view, title, description, path, ogType, noindex, jsonLd, breadcrumbs, pagination);
    }

    /** Guides are articles to Open Graph. */
    public Page article() {
        return new Page(view, title, description, canonicalPath, "article", noindex, jsonLd, breadcrumbs, pagination);
    }

    public Page noindex(boolean noindex) {
        return new Page(view, title, description, canonicalPath, ogType, noindex, jsonLd, breadcrumbs, pagination);
    }

    public Page jsonLd(List<String> blocks) {
        return new Page(view, title, description, canonicalPath, ogType, noindex, List.copyOf(blocks), breadcrumbs, pagination);
    }

    public Page breadcrumbs(List<Crumb> crumbs) {
        return new Page(view, title, description, canonicalPath, ogType, noindex, jsonLd, List.copyOf(crumbs), pagination);
    }

    /** A page of a paged list: its own canonical address, and links to the pages before and after. */
    public Page pagination(Pagination pages) {
        return new Page(view, title, description, pages.self(), ogType, noindex, jsonLd, breadcrumbs, pages);
    }

    /** Puts the page on the model for the layout and names the view to render. */
    public String show(Model model) {
        model.addAttribute("page", this);
        return view;
    }
}
