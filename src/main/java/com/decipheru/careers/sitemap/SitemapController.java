package com.decipheru.careers.sitemap;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.LiveCatalogue;
import com.decipheru.careers.site.NotFoundException;

/**
 * {@code /sitemap.xml} lists every public page once; past 50,000 pages it becomes a sitemap index of
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ... as the protocol requires.
 */
@Controller
class SitemapController {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final LiveCatalogue catalogue;
    private final SitemapWriter writer;

    SitemapController(LiveCatalogue catalogue, SiteProperties properties) {
        this.catalogue = catalogue;
        this.writer = new SitemapWriter(properties, SitemapWriter.MAX_URLS);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<PublicPage> pages = PublicPages.of(catalogue.current());
        return ResponseEntity.ok().contentType(XML).body(writer.sitemap(pages));
    }

    @GetMapping("/sitemap-{part:\\d+}.xml")
    ResponseEntity<String> part(@PathVariable int part) {
        return writer.part(PublicPages.of(catalogue.current()), part)
                .map(body -> ResponseEntity.ok().contentType(XML).body(body))
                .orElseThrow(() -> new NotFoundException("sitemap part " + part));
    }
}
