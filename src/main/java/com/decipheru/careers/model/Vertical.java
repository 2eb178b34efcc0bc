package com.decipheru.careers.model;

import java.time.Instant;

/** A vertical (Applied AI, Cybersecurity, ...): the hub its roles sit under; {@code modified} is its file's. */
public record Vertical(String key, String name, String phrase, int order, String summary, String introHtml,
        Instant modified) {

    public String path() {
        return Routes.hub(key);
    }
}
