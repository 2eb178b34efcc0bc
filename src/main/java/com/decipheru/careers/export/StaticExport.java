package com.decipheru.careers.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.model.Routes;

/**
 * Writes the public site as files by asking the running application for every page, so each file holds
 * exactly the bytes the server sends. A page at {@code /a/b} is written to {@code a/b.html}, home to
 * {@code index.html}; redirects go to {@code _redirects} (Netlify, Cloudflare Pages) and an nginx include.
 */
public final class StaticExport {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/css/[^\"]+)\"");
    static final String NOT_FOUND_PROBE = "/404-page-for-static-export";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String origin;
    private final Path out;

    public StaticExport(String origin, Path out) {
        this.origin = origin;
        this.out = out;
    }

    /** @return the number of files written */
    public int export(Catalogue catalogue) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> paths = new ArrayList<>();
        PublicPages.of(catalogue).forEach(page -> paths.add(page.path()));
        Set<String> assets = new LinkedHashSet<>();
        int written = 0;
        for (String path : paths) {
            byte[] body = fetch(path, 200);
            collectAssets(new String(body, java.nio.charset.StandardCharsets.UTF_8), assets);
            write(fileFor(path), body);
            written++;
        }
        for (String path : concat(Routes.SITE_FILES, assets)) {
            write(fileFor(path), fetch(path, 200));
            written++;
        }
        write(fileFor(Routes.NOT_FOUND_FILE), fetch(NOT_FOUND_PROBE, 404));
        Redirects redirects = Redirects.of(catalogue, paths);
        write("_redirects", redirects.netlify().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("_headers", Redirects.headers().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("nginx-site.conf", redirects.nginx().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return written + 4;
    }

    /** Where a site path is written: {@code /} to index.html, a file name as is, any other page as name.html. */
    public static String fileFor(String path) {
        if (path.equals(Routes.HOME)) {
            return "index.html";
        }
        String relative = path.substring(1);
        return relative.matches(".*\\.[a-z0-9]+$") ? relative : relative + ".html";
    }

    private byte[] fetch(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(path + " answered " + response.statusCode() + ", expected " + expectedStatus);
        }
        return response.body();
    }

    private void write(String relative, byte[] body) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, body);
    }

    private static void collectAssets(String html, Set<String> assets) {
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
    }

    private static List<String> concat(List<String> first, Set<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
