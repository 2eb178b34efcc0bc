package com.decipheru.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.decipheru.careers.CareerGuideApplication;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.http.SecurityHeadersFilter;
import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.runtime.LiveCatalogue;

/**
 * The export holds the same bytes the server sends for every public page, plus the rules that make a static
 * host answer like the server. When nginx is installed (CI installs it), the export is served by a real nginx
 * and every kind of address is asked of both: same status, redirect, security headers, Cache-Control,
 * Content-Type, body and compression.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportTests {

    static final String BASE = "https://careers.example";

    @TempDir
    static Path temp;

    private Path out;
    private ConfigurableApplicationContext server;
    private String serverOrigin;
    private final List<String> pages = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void exportThenStartTheServer() {
        ContentTree tree = ContentTree.copyOfFixtures(temp.resolve("content"));
        out = temp.resolve("site");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true);
        int exit = CareerGuideApplication.command(new String[] {"export", out.toString(),
                "--site.content-dir=" + tree.root(), "--site.base-url=" + BASE}, print, print, ContentTree.CLOCK).orElseThrow();
        assertThat(exit).as(log.toString()).isZero();
        assertThat(log.toString()).startsWith("Exported ");
        server = new SpringApplicationBuilder(CareerGuideApplication.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--site.watch=false", "--site.content-dir=" + tree.root(), "--site.base-url=" + BASE);
        serverOrigin = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
        PublicPages.of(server.getBean(LiveCatalogue.class).current()).forEach(page -> pages.add(page.path()));
    }

    @AfterAll
    void stopTheServer() {
        server.close();
    }

    @Test
    void everyPublicPageAndFileEqualsTheServersResponseByteForByte() throws Exception {
        for (String path : concat(pages, "/sitemap.xml", "/robots.txt", "/feed.xml", "/favicon.ico")) {
            assertThat(Files.readAllBytes(out.resolve(StaticExport.fileFor(path)))).as(path).isEqualTo(get(serverOrigin + path).body());
        }
        assertThat(Files.readAllBytes(out.resolve("404.html"))).isEqualTo(get(serverOrigin + "/no-such-page").body());
        assertThat(pages).contains("/", "/cyber/careers", "/cyber/careers/soc-analyst").doesNotContain("/ai-for-cyber/careers/ai-soc-engineer");
        assertThat(out.resolve("ai-for-cyber/careers/ai-soc-engineer.html")).doesNotExist();
    }

    @Test
    void writesPagesAtPathsMatchingTheirCanonicalUrls() throws IOException {
        assertThat(StaticExport.fileFor("/")).isEqualTo("index.html");
        assertThat(StaticExport.fileFor("/ai/careers")).isEqualTo("ai/careers.html");
        assertThat(StaticExport.fileFor("/ai/careers/mlops-engineer")).isEqualTo("ai/careers/mlops-engineer.html");
        assertThat(StaticExport.fileFor("/sitemap.xml")).isEqualTo("sitemap.xml");
        assertThat(out.resolve("ai/careers/mlops-engineer.html")).exists();
        try (var css = Files.list(out.resolve("css"))) {
            assertThat(css.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("site-[0-9a-f]{32}\\.css"))
                    .anyMatch(name -> name.matches("icon-[0-9a-f]{32}\\.svg"));
        }
    }

    @Test
    void writesRedirectRulesForStaticHosts() throws IOException {
        String redirects = Files.readString(out.resolve("_redirects"));

        assertThat(redirects).contains("/careers/pentester /cyber/careers/penetration-tester 301\n",
                "/cyber/careers/soc-analyst/ /cyber/careers/soc-analyst 301\n").doesNotContain("ai-soc-engineer");
        assertThat(Files.readString(out.resolve("nginx-site.conf"))).contains("location ~* \"^/careers/pentester/*$\" {"
                + " set $site_cache_control \"public, max-age=86400\"; return 301 /cyber/careers/penetration-tester$is_args$args; }");
    }

    @Test
    void theHeadersFileGivesEveryFileTheServersSecurityHeadersAndCacheControl() throws Exception {
        String rules = Files.readString(out.resolve("_headers"));

        SecurityHeadersFilter.headers(true).forEach((name, value) -> assertThat(rules).contains("/*\n").contains("  " + name + ": " + value + "\n"));
        for (String path : concat(pages, "/sitemap.xml", "/feed.xml", "/favicon.ico", linkedIcon())) {
            String cacheControl = get(serverOrigin + path).headers().firstValue("Cache-Control").orElseThrow();
            assertThat(rules).as(path).contains("\n" + path + "\n  Cache-Control: " + cacheControl + "\n");
        }
    }

    @Test
    void nginxAnswersEveryKindOfAddressAsTheServerDoes() throws Exception {
        try (Nginx nginx = Nginx.serve(out, temp)) {
            List<String> addresses = concat(pages, "/sitemap.xml", "/robots.txt", "/feed.xml", "/favicon.ico", linkedIcon(),
                    linkedStylesheet(),
                    // redirects: trailing slashes, upper case, both, aliases in any spelling, with a query
                    "/ai/careers/", "/AI/Careers", "/AI/CAREERS/MLOPS-ENGINEER/", "/cyber/careers/soc-analyst//",
                    "/careers/pentester", "/Careers/Pentester/", "/ai/careers/?from=mail", "/careers/pentester?x=1",
                    // one URL per page and nothing else: .html names, the export's own files, drafts, unknown paths
                    "/ai/careers/mlops-engineer.html", "/AI/careers.html", "/index.html", "/404.html", "/_redirects",
                    "/_headers", "/nginx-site.conf", "/ai-for-cyber/careers/ai-soc-engineer", "/careers/ai-soc-engineer",
                    "/no/such/page", "/nope/", "/sitemap.xml/", "/favicon.ico/", "/css/", "/css/site.css");
            for (String address : addresses) {
                assertThat(Answer.of(get(nginx.origin() + address), get(nginx.origin() + address, "Accept-Encoding", "gzip")))
                        .as(address).isEqualTo(Answer.of(get(serverOrigin + address), get(serverOrigin + address, "Accept-Encoding", "gzip")));
            }
            assertThat(get(nginx.origin() + "/").headers().firstValue("Server")).hasValueSatisfying(
                    name -> assertThat(name).as("no version in the Server header").doesNotContainPattern("\\d"));
        }
    }

    @Test
    void exportNeedsTheSitesAddressAndExplainsItself() {
        assumeTrue(System.getenv("SITE_BASE_URL") == null, "SITE_BASE_URL is set in this environment");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);

        assertThat(new ExportCommand(print, print, args -> null).run(List.of("--help"))).isZero();
        assertThat(new ExportCommand(print, print, args -> null).run(List.of(temp.resolve("x").toString()))).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith(ExportCommand.USAGE)
                .contains("export: give the site's public address with --site.base-url=https://... (or SITE_BASE_URL)");
    }

    @Test
    void theDefaultOutputFolderIsIgnoredByGitAndDocker() throws IOException {
        assertThat(ExportCommand.DEFAULT_OUT).isEqualTo("out");
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("/out/");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("out/");
    }

    /** What a client sees of a response, normalized where the two servers may spell the same thing differently. */
    record Answer(int status, String location, Map<String, String> headers, String contentType, String body, String encoding) {

        static final List<String> COMPARED = concat(new ArrayList<>(SecurityHeadersFilter.headers(true).keySet()), "Cache-Control");

        static Answer of(HttpResponse<byte[]> plain, HttpResponse<byte[]> gzip) {
            boolean hasBody = plain.statusCode() == 200 || plain.statusCode() == 404;
            Map<String, String> headers = new java.util.TreeMap<>();
            COMPARED.forEach(name -> headers.put(name, plain.headers().firstValue(name).orElse("(none)")));
            return new Answer(plain.statusCode(), plain.headers().firstValue("Location").orElse(null), headers,
                    hasBody ? plain.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "") : null,
                    hasBody ? plain.body().length + " bytes, hash " + java.util.Arrays.hashCode(plain.body()) : null,
                    hasBody ? gzip.headers().firstValue("Content-Encoding").orElse("identity") : null);
        }
    }

    private String linkedIcon() throws Exception {
        return org.jsoup.Jsoup.parse(new String(get(serverOrigin + "/").body(), StandardCharsets.UTF_8))
                .selectFirst("link[rel=icon][type=image/svg+xml]").attr("href");
    }

    private String linkedStylesheet() throws Exception {
        return org.jsoup.Jsoup.parse(new String(get(serverOrigin + "/").body(), StandardCharsets.UTF_8))
                .selectFirst("link[rel=stylesheet]").attr("href");
    }

    private HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
