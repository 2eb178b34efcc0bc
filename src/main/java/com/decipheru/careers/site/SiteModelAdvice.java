package com.decipheru.careers.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.ContentStatus;
import com.decipheru.careers.catalogue.LiveCatalogue;

/** What the layout needs on every page, error pages included: the site texts, navigation and preview state. */
@ControllerAdvice
class SiteModelAdvice {

    private final LiveCatalogue catalogue;
    private final SiteProperties properties;

    SiteModelAdvice(LiveCatalogue catalogue, SiteProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @ModelAttribute("catalogue")
    Catalogue catalogue() {
        return catalogue.current();
    }

    @ModelAttribute("site")
    SiteSettings site() {
        return catalogue.current().site();
    }

    @ModelAttribute("baseUrl")
    String baseUrl() {
        return properties.baseUrl();
    }

    /** Open Graph type: pages are websites unless a controller says otherwise (guides are articles). */
    @ModelAttribute("ogType")
    String ogType() {
        return "website";
    }

    @ModelAttribute("preview")
    boolean preview() {
        return properties.preview();
    }

    /** Only in preview: the public site never shows content problems. */
    @ModelAttribute("contentStatus")
    ContentStatus contentStatus() {
        return properties.preview() ? catalogue.status() : null;
    }
}
