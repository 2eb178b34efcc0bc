package com.decipheru.careers.sitemap;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.PublicPage;
import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.NotFoundException;

/**
 * {@code /sitemap.xml} lists every public page once; past 50,000 pages it becomes a sitemap index of
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ... as the protocol requires.
 */
@Controller
class SitemapController {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final SitemapWriter writer;

    SitemapController(SiteProperties properties) {
        this.writer = new SitemapWriter(properties, SitemapWriter.MAX_URLS);
    }

    @GetMapping(Routes.SITEMAP)
    ResponseEntity<String> sitemap(Catalogue snapshot) {
        List<PublicPage> pages = PublicPages.of(snapshot);
        return ResponseEntity.ok().contentType(XML).body(writer.sitemap(pages));
    }

    @GetMapping(Routes.SITEMAP_PART_PATTERN)
    ResponseEntity<String> part(@PathVariable int part, Catalogue snapshot) {
        return writer.part(PublicPages.of(snapshot), part)
                .map(body -> ResponseEntity.ok().contentType(XML).body(body))
                .orElseThrow(() -> new NotFoundException("sitemap part " + part));
    }
}
