package com.decipheru.careers.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.model.Routes;

/**
 * Writes the public site as files by asking the running application for every page, so each file holds
 * exactly the bytes the server sends. A page at {@code /a/b} is written to {@code a/b.html}, home to
 * {@code index.html}. The rules for static hosts ({@code _redirects}, {@code _headers}, {@code nginx-site.conf})
 * repeat what the server answered: each file's Content-Type and Cache-Control, its security headers, and its
 * redirects, each of which is checked against the server before it is written.
 */
public final class StaticExport {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/css/[^\"]+)\"");
    static final String NOT_FOUND_PROBE = "/404-page-for-static-export";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    private final Path out;
    private final Map<String, String> securityHeaders;

    /** @param securityHeaders the headers the server adds to every response */
    public StaticExport(String origin, Path out, Map<String, String> securityHeaders) {
        this.origin = origin;
        this.out = out;
        this.securityHeaders = securityHeaders;
    }

    /** @return the number of files written */
    public int export(Catalogue catalogue) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> pages = PublicPages.of(catalogue).stream().map(page -> page.path()).toList();
        Set<String> assets = new LinkedHashSet<>();
        List<ExportedFile> files = new ArrayList<>();
        for (String path : pages) {
            HttpResponse<byte[]> page = fetch(path, 200);
            collectAssets(new String(page.body(), StandardCharsets.UTF_8), assets);
            files.add(save(path, fileFor(path), page));
        }
        for (String path : concat(Routes.SITE_FILES, assets)) {
            files.add(save(path, fileFor(path), fetch(path, 200)));
        }
        ExportedFile notFound = save(Routes.NOT_FOUND_FILE, fileFor(Routes.NOT_FOUND_FILE), fetch(NOT_FOUND_PROBE, 404));
        Redirects redirects = Redirects.of(catalogue, pages);
        String redirectCacheControl = checkRedirects(redirects);
        write("_redirects", redirects.netlify());
        write("_headers", HeaderRules.write(securityHeaders, files));
        write("nginx-site.conf", NginxSite.write(securityHeaders, files, notFound, redirects, redirectCacheControl));
        return files.size() + 4;
    }

    /** Where a site path is written: {@code /} to index.html, a file name as is, any other page as name.html. */
    public static String fileFor(String path) {
        if (path.equals(Routes.HOME)) {
            return "index.html";
        }
        String relative = path.substring(1);
        return relative.matches(".*\\.[a-z0-9]+$") ? relative : relative + ".html";
    }

    /**
     * Asks the server for each redirect the rules will make (every alias, every page with a trailing slash)
     * and fails when it answers otherwise. @return the Cache-Control the server sends with a redirect
     */
    private String checkRedirects(Redirects redirects) throws IOException, InterruptedException {
        String cacheControl = null;
        for (Map.Entry<String, String> redirect : concat(redirects.aliases(), redirects.foldedPages())) {
            HttpResponse<byte[]> response = send(redirect.getKey());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 301 || !location.equals(redirect.getValue())) {
                throw new IOException(redirect.getKey() + " answered " + response.statusCode() + " " + location
                        + ", expected 301 to " + redirect.getValue());
            }
            cacheControl = response.headers().firstValue("Cache-Control").orElse(null);
        }
        return cacheControl;
    }

    private ExportedFile save(String path, String file, HttpResponse<byte[]> response) throws IOException {
        write(file, response.body());
        return new ExportedFile(path, file, response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                response.headers().firstValue("Cache-Control").orElse(null));
    }

    private HttpResponse<byte[]> fetch(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(path);
        if (response.statusCode() != expectedStatus) {
            throw new IOException(path + " answered " + response.statusCode() + ", expected " + expectedStatus);
        }
        return response;
    }

    private HttpResponse<byte[]> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] body) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, body);
    }

    /** The assets a page links, under their content-hashed names and, as the server answers both, their plain ones. */
    private static void collectAssets(String html, Set<String> assets) {
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
            assets.add(matcher.group(1).replaceFirst("-[0-9a-f]{32}(\\.[a-z0-9]+)$", "$1"));
        }
    }

    private static List<String> concat(List<String> first, Set<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Map.Entry<String, String>> concat(Map<String, String> aliases, List<String> pages) {
        List<Map.Entry<String, String>> all = new ArrayList<>(aliases.entrySet());
        pages.forEach(page -> all.add(Map.entry(page + "/", page)));
        return all;
    }
}
