package com.decipheru.careers.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An nginx include that answers like the server: each page and file at its one address with the
 * Content-Type, Cache-Control and security headers the server sent, the server's redirects (aliases,
 * trailing slashes, upper case) and the 404 page for everything else, {@code .html} names included.
 */
final class NginxSite {

    private static final String CACHE = "$site_cache_control";
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

    private final StringBuilder conf = new StringBuilder();

    private NginxSite() {
    }

    static String write(Map<String, String> securityHeaders, List<ExportedFile> files, ExportedFile notFound,
            Redirects redirects, String redirectCacheControl) {
        NginxSite site = new NginxSite();
        site.conf.append("""
                # Written by `export`. Include it in a server block whose root is this folder:
                #   server { listen 80; root /srv/career-guide; include /srv/career-guide/nginx-site.conf; }
                server_tokens off;
                absolute_redirect off;
                charset_types *;
                gzip on;
                gzip_comp_level 6;
                gzip_vary on;
                gzip_min_length 256;
                gzip_types text/css text/plain application/xml application/atom+xml image/svg+xml;
                """);
        securityHeaders.forEach((name, value) -> site.line("add_header " + name + " " + quoted(value) + " always;"));
        site.line("add_header Cache-Control " + CACHE + " always;");
        site.line("set " + CACHE + " \"\";");
        site.line("error_page 404 " + notFound.path() + ";");
        site.line("location = " + notFound.path() + " { internal; " + served(notFound) + "}");
        site.line("location / { " + cache(notFound.cacheControl()) + "return 404; }");
        files.forEach(file -> site.line("location = " + safe(file.path()) + " { " + served(file) + "try_files /" + file.file() + " =404; }"));
        redirects.foldedPages().forEach(page -> site.redirect("~* " + anyCase(page), page, redirectCacheControl));
        redirects.aliases().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(alias -> site.redirect(
                Redirects.folds(alias.getKey()) ? "~* " + anyCase(alias.getKey()) : "= " + safe(alias.getKey()),
                alias.getValue(), redirectCacheControl));
        return site.conf.toString();
    }

    private void redirect(String match, String target, String cacheControl) {
        line("location " + match + " { " + cache(cacheControl) + "return 301 " + safe(target) + "$is_args$args; }");
    }

    /** The path in any case, with any number of trailing slashes; the exact page location wins over it. */
    private static String anyCase(String path) {
        return quoted("^" + safe(path).replace(".", "\\.") + "/*$");
    }

    private static String served(ExportedFile file) {
        return cache(file.cacheControl()) + "types { } default_type " + file.mediaType() + "; charset "
                + (file.isUtf8() ? "utf-8" : "off") + "; ";
    }

    private static String cache(String cacheControl) {
        return "set " + CACHE + " " + quoted(cacheControl == null ? "" : cacheControl) + "; ";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Site paths are checked when content loads; one that nginx could misread is refused rather than written. */
    private static String safe(String path) {
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("cannot write an nginx rule for the path '" + path + "'");
        }
        return path;
    }

    private void line(String text) {
        conf.append(text).append('\n');
    }
}
