package com.decipheru.careers.sitemap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;

/** {@code /robots.txt}: everything may be crawled and the sitemap is named; a preview site asks not to be. */
@Controller
class RobotsController {

    private final SiteProperties properties;

    RobotsController(SiteProperties properties) {
        this.properties = properties;
    }

    @GetMapping(Routes.ROBOTS)
    ResponseEntity<String> robots() {
        String rules = properties.preview()
                ? "User-agent: *\nDisallow: /\n"
                : "User-agent: *\nAllow: /\nDisallow: " + Routes.CONTENT_STATUS + "\n\nSitemap: " + properties.absolute(Routes.SITEMAP) + "\n";
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(rules);
    }
}
