package com.decipheru.careers.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every address the site answers, in one place: the paths of its pages, the files it serves besides
 * them, the paths no guide may take, and how a requested address maps to its canonical form. The
 * content checks, the controllers, the redirects, the sitemap, the export and the cache policy use it.
 */
public final class Routes {

    public static final String HOME = "/";
    /** Request-mapping patterns, for controllers. */
    public static final String HUB_PATTERN = "/{verticalKey}/careers";
    public static final String ROLE_PATTERN = "/{verticalKey}/careers/{slug}";
    public static final String SITEMAP_PART_PATTERN = "/sitemap-{part:\\d+}.xml";

    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String FEED = "/feed.xml";
    public static final String CONTENT_STATUS = "/_content";
    public static final String ERROR = "/error";
    public static final String ACTUATOR = "/actuator";
    public static final String ASSETS = "/css";
    public static final String STYLESHEET = ASSETS + "/site.css";
    /** The site's icon; pages link it under its content-hashed name. */
    public static final String ICON = ASSETS + "/icon.svg";
    /** The icon where browsers and feed readers look for it without a link. */
    public static final String FAVICON = "/favicon.ico";
    /** The static export's 404 page; the server answers unknown paths with the same page. */
    public static final String NOT_FOUND_FILE = "/404.html";

    /** Files the site serves besides its pages; guides may link to them and the export writes them. */
    public static final List<String> SITE_FILES = List.of(SITEMAP, ROBOTS, FEED, FAVICON);

    /** Paths the site uses itself: no alias may be one of them or lie under one. */
    public static final List<String> RESERVED = List.of(ASSETS, ACTUATOR, ERROR, CONTENT_STATUS, SITEMAP, ROBOTS, FEED,
            NOT_FOUND_FILE, FAVICON);

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern HASHED_ASSET = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

    private Routes() {
    }

    public static String hub(String verticalKey) {
        return "/" + verticalKey + "/careers";
    }

    public static String role(String verticalKey, String slug) {
        return hub(verticalKey) + "/" + slug;
    }

    /** Part {@code n} (from 1) of a sitemap split into several. */
    public static String sitemapPart(int n) {
        return "/sitemap-" + n + ".xml";
    }

    public static boolean isReserved(String path) {
        return RESERVED.stream().anyMatch(reserved -> path.equals(reserved) || path.startsWith(reserved + "/"));
    }

    public static boolean isAsset(String path) {
        return path.startsWith(ASSETS + "/");
    }

    /** A content-hashed asset ({@code /css/site-<md5>.css}) never changes. */
    public static boolean isHashedAsset(String path) {
        return isAsset(path) && HASHED_ASSET.matcher(path).matches();
    }

    /** Paths for operators and editors, never for caches. */
    public static boolean isPrivate(String path) {
        return path.startsWith(ACTUATOR) || path.startsWith(CONTENT_STATUS);
    }

    /** The canonical spelling of a path: no trailing slash, lower case. */
    public static String canonicalForm(String path) {
        String trimmed = path.length() > 1 ? TRAILING_SLASHES.matcher(path).replaceAll("") : path;
        return trimmed.isEmpty() ? HOME : trimmed.toLowerCase(Locale.ROOT);
    }

    /** True for the path of a page of the catalogue: home, a hub or a guide. */
    public static boolean isPage(Catalogue catalogue, String path) {
        if (path.equals(HOME)) {
            return true;
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[2].equals("careers")) {
            return catalogue.vertical(parts[1]).isPresent();
        }
        return parts.length == 4 && parts[2].equals("careers") && catalogue.role(parts[1], parts[3]).isPresent();
    }

    /**
     * The canonical address for a requested path when it differs and names a page: an old address listed
     * in a guide's aliases, or a page's path with a trailing slash or in the wrong case.
     */
    public static Optional<String> canonicalFor(Catalogue catalogue, String path) {
        Optional<String> alias = catalogue.redirectFor(path);
        if (alias.isPresent()) {
            return alias;
        }
        String canonical = canonicalForm(path);
        if (canonical.equals(path)) {
            return Optional.empty();
        }
        return isPage(catalogue, canonical) ? Optional.of(canonical) : catalogue.redirectFor(canonical);
    }
}
