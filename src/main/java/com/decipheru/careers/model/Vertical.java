package com.decipheru.careers.model;

/** A vertical (Applied AI, Cybersecurity, ...): the hub its roles sit under. */
public record Vertical(String key, String name, String phrase, int order, String summary, String introHtml) {

    public String path() {
        return Routes.hub(key);
    }
}
