package com.decipheru.careers.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.SiteSettings;
import com.decipheru.careers.runtime.ContentStatus;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.runtime.SiteProperties;

/** What the layout needs on every page, error pages included: the site texts, navigation and preview state. */
@ControllerAdvice
class LayoutModelAdvice {

    private final LiveCatalogue live;
    private final SiteProperties properties;
    private final ResourceUrlProvider resourceUrls;
    private volatile String stylesheet;
    private volatile String icon;

    LayoutModelAdvice(LiveCatalogue live, SiteProperties properties, ResourceUrlProvider resourceUrls) {
        this.live = live;
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
        if (stylesheet == null) {
            stylesheet = resourceUrls.getForLookupPath(Routes.STYLESHEET);
        }
        return stylesheet == null ? Routes.STYLESHEET : stylesheet;
    }

    /** The icon's content-hashed URL, worked out like the stylesheet's. */
    @ModelAttribute("icon")
    String icon() {
        if (icon == null) {
            icon = resourceUrls.getForLookupPath(Routes.ICON);
        }
        return icon == null ? Routes.ICON : icon;
    }

    @ModelAttribute("catalogue")
    Catalogue catalogue(Catalogue snapshot) {
        return snapshot;
    }

    @ModelAttribute("site")
    SiteSettings site(Catalogue snapshot) {
        return snapshot.site();
    }

    @ModelAttribute("baseUrl")
    String baseUrl() {
        return properties.baseUrl();
    }

    @ModelAttribute("preview")
    boolean preview() {
        return properties.preview();
    }

    /** Only in preview: the public site never shows content problems. */
    @ModelAttribute("contentStatus")
    ContentStatus contentStatus() {
        return properties.preview() ? live.status() : null;
    }
}
