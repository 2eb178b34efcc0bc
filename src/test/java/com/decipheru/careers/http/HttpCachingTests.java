package com.decipheru.careers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.runtime.LiveCatalogue;

/** Conditional requests, compression and cache policies, through real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
class HttpCachingTests {

    private static final String PAGE = "/cyber/careers/soc-analyst";

    @TempDir
    static Path content;

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        ContentTree.copyOfFixtures(content);
        registry.add("site.content-dir", content::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    LiveCatalogue catalogue;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesCarryAStrongEtagLastModifiedAndACachePolicy() throws Exception {
        HttpResponse<byte[]> page = get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(header(page, "Last-Modified")).endsWith("GMT");
        assertThat(header(page, "Cache-Control")).isEqualTo("public, max-age=300, stale-while-revalidate=86400");
        assertThat(header(page, "Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void sendingTheEtagBackAnswersNotModified() throws Exception {
        String etag = header(get(PAGE), "ETag");

        HttpResponse<byte[]> again = get(PAGE, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(get(PAGE, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceAnswersNotModifiedUnlessTheContentIsNewer() throws Exception {
        String lastModified = header(get(PAGE), "Last-Modified");

        assertThat(get(PAGE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(get(PAGE, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
    }

    @Test
    void textIsGzippedForClientsThatAcceptItWithItsOwnEtag() throws Exception {
        HttpResponse<byte[]> plain = get(PAGE);
        HttpResponse<byte[]> zipped = get(PAGE, "Accept-Encoding", "gzip, deflate");

        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(header(zipped, "ETag")).isEqualTo(header(plain, "ETag").replace("\"", "").transform(t -> "\"" + t + "-gzip\""));
        assertThat(get(PAGE, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        for (String path : new String[] {"/sitemap.xml", "/feed.xml", "/css/site.css", "/actuator/health"}) {
            HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");
            assertThat(header(response, "ETag")).as(path).isNotEmpty();
            if (response.body().length > 0 && !path.startsWith("/actuator")) {
                assertThat(header(response, "Content-Encoding")).as(path).isEqualTo("gzip");
            }
        }
    }

    @Test
    void headAnswersWithTheSameValidatorsAsGet() throws Exception {
        HttpResponse<byte[]> get = get(PAGE);
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(uri(PAGE)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
    }

    @Test
    void theEtagChangesExactlyWhenTheBytesChange() throws Exception {
        String before = header(get(PAGE), "ETag");
        catalogue.reload();
        assertThat(header(get(PAGE), "ETag")).as("reload without change").isEqualTo(before);

        Path soc = content.resolve("roles/cyber/soc-analyst.md");
        String original = Files.readString(soc);
        Files.writeString(soc, original.replace("title: SOC Analyst", "title: SOC Analyst (Tier 1)"));
        catalogue.reload();
        try {
            assertThat(header(get(PAGE), "ETag")).isNotEqualTo(before);
        } finally {
            Files.writeString(soc, original);
            catalogue.reload();
        }
        assertThat(header(get(PAGE), "ETag")).isEqualTo(before);
    }

    @Test
    void contentHashedAssetsAreImmutableForAYear() throws Exception {
        String html = new String(get("/").body());
        String stylesheet = html.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");

        assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(header(get(stylesheet), "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void theIconsAreCachedForLong() throws Exception {
        String html = new String(get("/").body());
        String icon = html.replaceAll("(?s).*<link rel=\"icon\" href=\"([^\"]+)\" type=\"image/svg\\+xml\">.*", "$1");
        HttpResponse<byte[]> favicon = get("/favicon.ico");

        assertThat(icon).matches("/css/icon-[0-9a-f]{32}\\.svg");
        assertThat(header(get(icon), "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(get(icon), "Content-Type")).isEqualTo("image/svg+xml");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(header(favicon, "Cache-Control")).isEqualTo("public, max-age=2592000");
        assertThat(header(favicon, "Content-Type")).startsWith("image/");
        assertThat(favicon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void redirectsNotFoundAndHealthHaveTheirOwnPolicies() throws Exception {
        assertThat(header(get("/cyber/careers/"), "Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(header(get("/nope"), "Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(header(get("/actuator/health"), "Cache-Control")).isEqualTo("no-store");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return new LocalServer(port).get(path, headers);
    }

    private URI uri(String path) {
        return new LocalServer(port).uri(path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return LocalServer.header(response, name);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
