package com.decipheru.careers.feed;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;

/** {@code /feed.xml}: an Atom feed of the newest reviewed guides. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final AtomFeedWriter writer;

    FeedController(SiteProperties properties) {
        this.writer = new AtomFeedWriter(properties);
    }

    @GetMapping(Routes.FEED)
    ResponseEntity<String> feed(Catalogue snapshot) {
        return ResponseEntity.ok().contentType(ATOM).body(writer.feed(snapshot));
    }
}
