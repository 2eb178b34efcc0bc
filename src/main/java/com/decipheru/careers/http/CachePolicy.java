package com.decipheru.careers.http;

import org.springframework.stereotype.Component;

import com.decipheru.careers.model.Routes;
import com.decipheru.careers.runtime.SiteProperties;

/**
 * How long each kind of response may be cached. Pages are fresh for five minutes and may be served stale
 * for a day while a CDN revalidates; content-hashed assets never change, so they are cached for a year;
 * the favicon for a month.
 */
@Component
public class CachePolicy {

    static final String PAGE = "public, max-age=300, stale-while-revalidate=86400";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** {@code /favicon.ico} keeps its address, so it cannot be immutable; a month spares every page view a request. */
    static final String ICON = "public, max-age=2592000";
    static final String REDIRECT = "public, max-age=86400";
    static final String NOT_FOUND = "public, max-age=60";
    static final String NEVER = "no-store";
    static final String PREVIEW = "private, no-cache";

    private final boolean preview;

    CachePolicy(SiteProperties properties) {
        this.preview = properties.preview();
    }

    boolean isPreview() {
        return preview;
    }

    String cacheControl(String path, int status) {
        if (Routes.isPrivate(path) || status >= 500) {
            return NEVER;
        }
        if (status == 200 && Routes.isHashedAsset(path)) {
            return IMMUTABLE;
        }
        if (status == 200 && path.equals(Routes.FAVICON)) {
            return ICON;
        }
        if (preview) {
            return PREVIEW;
        }
        return switch (status) {
            case 200 -> PAGE;
            case 301, 308 -> REDIRECT;
            case 404, 410 -> NOT_FOUND;
            default -> status >= 400 ? NEVER : null;
        };
    }

    /** Responses worth an ETag and gzip: HTML, CSS, XML (sitemaps, Atom), JSON and plain text. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.startsWith("text/") || type.contains("xml") || type.contains("json");
    }
}
