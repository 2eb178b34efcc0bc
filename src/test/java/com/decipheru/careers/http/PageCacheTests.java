package com.decipheru.careers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.stats.CacheStats;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.LiveCatalogue;

/** Each response is rendered at most once per content snapshot and then served from memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
class PageCacheTests {

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
    LiveCatalogue live;

    @Autowired
    PageCache cache;

    @Test
    void aPageIsRenderedOncePerSnapshotAndThenServedFromMemory() throws Exception {
        live.reload();
        CacheStats before = stats(live.current());

        byte[] first = get(PAGE).body();
        for (int i = 0; i < 5; i++) {
            assertThat(get(PAGE).body()).isEqualTo(first);
        }
        get(PAGE, "Accept-Encoding", "gzip");

        CacheStats after = stats(live.current()).minus(before);
        assertThat(after.missCount()).as("renders").isEqualTo(1);
        assertThat(after.hitCount()).isEqualTo(6);
    }

    @Test
    void aConditionalRequestForACachedPageRendersNothing() throws Exception {
        live.reload();
        String etag = get(PAGE).headers().firstValue("ETag").orElseThrow();
        CacheStats before = stats(live.current());

        HttpResponse<byte[]> notModified = get(PAGE, "If-None-Match", etag);

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(stats(live.current()).minus(before).missCount()).isZero();
    }

    @Test
    void aReloadStartsFromAnEmptyCacheSoNoOldBytesAreServed() throws Exception {
        Path soc = content.resolve("roles/cyber/soc-analyst.md");
        String original = Files.readString(soc);
        assertThat(new String(get(PAGE).body())).contains("<h1><span>SOC Analyst</span>");
        try {
            Files.writeString(soc, original.replace("title: SOC Analyst", "title: SOC Lead"));
            live.reload();
            assertThat(stats(live.current()).requestCount()).isZero();
            assertThat(new String(get(PAGE).body())).contains("<h1><span>SOC Lead</span>");
            assertThat(new String(get("/").body())).contains("SOC Lead");
        } finally {
            Files.writeString(soc, original);
            live.reload();
        }
    }

    @Test
    void concurrentFirstRequestsAllGetTheSamePage() throws Exception {
        live.reload();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> requests = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                requests.add(() -> get("/ai/careers/mlops-engineer").body());
            }
            List<byte[]> bodies = new ArrayList<>();
            for (Future<byte[]> body : pool.invokeAll(requests)) {
                bodies.add(body.get());
            }
            byte[] settled = get("/ai/careers/mlops-engineer").body();
            assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(settled));
            assertThat(stats(live.current()).missCount()).as("renders").isBetween(1L, 16L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void queryStringsAndTheNotFoundPageAreKeptApartFromPages() throws Exception {
        live.reload();
        get(PAGE + "?utm_source=x&a=1");
        get(PAGE + "?a=1&utm_source=x");
        get("/no-such-page");
        get("/no-such-page-either");

        PageCache.Caches caches = live.current().derived(cache);
        assertThat(caches.variants().stats().missCount()).as("one render per variant and one 404 page").isEqualTo(2);
        assertThat(caches.pages().estimatedSize()).as("nothing kept at an unknown address").isZero();
        assertThat(get("/no-such-page-either").statusCode()).isEqualTo(404);
    }

    @Test
    void theCacheKeepsToItsByteLimit() {
        PageCache small = new PageCache(new CacheProperties(DataSize.ofKilobytes(10), DataSize.ofKilobytes(4)));
        Catalogue snapshot = live.current();
        for (int i = 0; i < 20; i++) {
            small.put(snapshot, new PageCache.Key("/page-" + i, ""),
                    RenderedPage.of(200, "text/html", new byte[2048], 0, Map.of()));
        }
        PageCache.Caches caches = snapshot.derived(small);
        caches.pages().cleanUp();

        long weighted = caches.pages().policy().eviction().orElseThrow().weightedSize().orElseThrow();
        assertThat(weighted).isLessThanOrEqualTo(DataSize.ofKilobytes(10).toBytes()).isPositive();
        assertThat(caches.pages().stats().evictionCount()).isPositive();
    }

    @Test
    void normalisedQueriesIgnoreTheOrderOfParameters() {
        assertThat(HttpCachingFilter.normalisedQuery("b=2&a=1&&c")).isEqualTo("a=1&b=2&c");
        assertThat(HttpCachingFilter.normalisedQuery(null)).isEmpty();
    }

    private CacheStats stats(Catalogue snapshot) {
        return snapshot.derived(cache).pages().stats();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return new LocalServer(port).get(path, headers);
    }
}
