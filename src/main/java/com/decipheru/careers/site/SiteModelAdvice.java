package com.decipheru.careers.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.LiveCatalogue;

/** What the layout needs on every page, error pages included: the site texts and the navigation. */
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
}
