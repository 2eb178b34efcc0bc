package com.decipheru.careers.feed;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.LiveCatalogue;

/** {@code /feed.xml}: an Atom feed of the newest reviewed guides. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final LiveCatalogue catalogue;
    private final AtomFeedWriter writer;

    FeedController(LiveCatalogue catalogue, SiteProperties properties) {
        this.catalogue = catalogue;
        this.writer = new AtomFeedWriter(properties);
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(ATOM).body(writer.feed(catalogue.current()));
    }
}
