package com.decipheru.careers.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.catalogue.ContentStatus;
import com.decipheru.careers.catalogue.LiveCatalogue;

/** What the layout needs on every page, error pages included: the site texts, navigation and preview state. */
@ControllerAdvice
class SiteModelAdvice {

    static final String STYLESHEET = "/css/site.css";

    private final LiveCatalogue catalogue;
    private final SiteProperties properties;
    private final ResourceUrlProvider resourceUrls;
    private volatile String stylesheet;

    SiteModelAdvice(LiveCatalogue catalogue, SiteProperties properties, ResourceUrlProvider resourceUrls) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.resourceUrls = resourceUrls;
    }

    /**
     * The stylesheet's content-hashed URL ({@code /css/site-<md5>.css}), worked out once: the file
     * cannot change while the application runs. Until the resource handlers are known (a request in
     * the first moments after startup) the plain URL is used and nothing is remembered.
     */
    @ModelAttribute("stylesheet")
    String stylesheet() {
        String url = stylesheet;
        if (url == null) {
            url = resourceUrls.getForLookupPath(STYLESHEET);
            if (url == null) {
                return STYLESHEET;
            }
            stylesheet = url;
        }
        return url;
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
