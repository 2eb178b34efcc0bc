package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * Crawls the real site from {@code /} as a search engine would, following every internal link, and checks
 * what every page must have. The sitemap must list exactly the pages the crawl found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false", "site.base-url=https://careers.example"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCrawlTests {

    private static final String BASE = "https://careers.example";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Document> pages = new HashMap<>();
    private final Map<String, Integer> statuses = new HashMap<>();
    private final Map<String, String> linkedFrom = new HashMap<>();

    @BeforeAll
    void crawl() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (statuses.containsKey(path)) {
                continue;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            statuses.put(path, response.statusCode());
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body());
            pages.put(path, page);
            for (Element link : page.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    String target = href.replaceFirst("[?#].*$", "");
                    linkedFrom.putIfAbsent(target, path);
                    queue.add(target);
                }
            }
        }
    }

    @Test
    void everyInternalLinkAnswersOk() {
        Map<String, String> broken = new HashMap<>();
        statuses.forEach((path, status) -> {
            if (status != 200) {
                broken.put(path, status + " (linked from " + linkedFrom.get(path) + ")");
            }
        });
        assertThat(broken).isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyPageHasATitleDescriptionCanonicalUrlAndOneH1() {
        Set<String> titles = new TreeSet<>();
        pages.forEach((path, page) -> {
            assertThat(page.title()).as(path).isNotBlank();
            assertThat(page.title().length()).as(path + " title length").isLessThanOrEqualTo(60);
            assertThat(titles.add(page.title())).as(path + " title is unique").isTrue();
            assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
            assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(BASE + path);
            assertThat(page.select("meta[property=og:url]").attr("content")).as(path).isEqualTo(BASE + path);
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        });
    }

    @Test
    void noPageHasInlineScriptOrStyleTheContentSecurityPolicyWouldBlock() {
        pages.forEach((path, page) -> {
            assertThat(page.select("script:not([type=application/ld+json])")).as(path + ": inline or external script").isEmpty();
            assertThat(page.select("[style], style")).as(path + ": inline style").isEmpty();
            assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on")).map(a -> path + " " + a)).as("event handler attributes").isEmpty();
        });
    }

    @Test
    void everyJsonLdBlockParses() {
        JsonMapper json = JsonMapper.builder().build();
        List<String> types = new ArrayList<>();
        pages.forEach((path, page) -> page.select("script[type=application/ld+json]")
                .forEach(block -> types.add(json.readTree(block.data()).get("@type").asString())));
        assertThat(types).contains("WebSite", "Organization", "CollectionPage", "Occupation", "FAQPage", "BreadcrumbList");
    }

    @Test
    void theSitemapListsExactlyTheCrawledPages() throws Exception {
        String sitemap = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> listed = Jsoup.parse(sitemap, "", Parser.xmlParser()).select("url > loc").eachText().stream()
                .map(loc -> loc.substring(BASE.length())).toList();

        assertThat(new LinkedHashSet<>(listed)).hasSameSizeAs(listed);
        assertThat(new TreeSet<>(listed)).isEqualTo(new TreeSet<>(pages.keySet()));
    }

    @Test
    void theFeedAndStylesheetAreLinkedAndServed() {
        assertThat(statuses).containsEntry("/feed.xml", 200);
        assertThat(statuses.keySet()).anyMatch(path -> path.matches("/css/site-[0-9a-f]{32}\\.css"));
    }

    @Test
    void everyPageLinksTheSiteIconsAndTheyAreServed() {
        pages.forEach((path, page) -> {
            assertThat(page.select("link[rel=icon][type=image/svg+xml]").attr("href")).as(path).matches("/css/icon-[0-9a-f]{32}\\.svg");
            assertThat(page.select("link[rel=icon][sizes=32x32]").attr("href")).as(path).isEqualTo("/favicon.ico");
        });
        assertThat(statuses).containsEntry("/favicon.ico", 200);
    }

}
