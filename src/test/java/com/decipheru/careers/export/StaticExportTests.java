package com.decipheru.careers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.decipheru.careers.CareerGuideApplication;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.runtime.LiveCatalogue;

/**
 * The export holds the same bytes the server sends for every public page, plus redirect rules that a
 * static host applies. When nginx is installed (CI installs it), the export is served by a real nginx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportTests {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    static Path temp;

    private Path out;
    private final List<String> paths = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void export() {
        ContentTree tree = ContentTree.copyOfFixtures(temp.resolve("content"));
        out = temp.resolve("site");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true);
        int exit = CareerGuideApplication.command(new String[] {"export", out.toString(),
                "--site.content-dir=" + tree.root(), "--site.base-url=https://careers.example"}, print, print,
                ContentTree.CLOCK).orElseThrow();
        assertThat(exit).as(log.toString()).isZero();
        assertThat(log.toString()).startsWith("Exported ");
    }

    @Test
    void everyPublicPageEqualsTheServersResponseByteForByte() throws Exception {
        try (ConfigurableApplicationContext site = new SpringApplicationBuilder(CareerGuideApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--site.watch=false",
                "--site.content-dir=" + temp.resolve("content"), "--site.base-url=https://careers.example")) {
            String origin = "http://127.0.0.1:" + site.getEnvironment().getProperty("local.server.port");
            PublicPages.of(site.getBean(LiveCatalogue.class).current()).forEach(page -> paths.add(page.path()));
            for (String path : concat(paths, "/sitemap.xml", "/robots.txt", "/feed.xml")) {
                assertThat(Files.readAllBytes(out.resolve(StaticExport.fileFor(path)))).as(path).isEqualTo(get(origin + path).body());
            }
            assertThat(Files.readAllBytes(out.resolve("404.html"))).isEqualTo(get(origin + "/no-such-page").body());
        }
        assertThat(paths).contains("/", "/cyber/careers", "/cyber/careers/soc-analyst").doesNotContain("/ai-for-cyber/careers/ai-soc-engineer");
        assertThat(out.resolve("ai-for-cyber/careers/ai-soc-engineer.html")).doesNotExist();
    }

    @Test
    void writesPagesAtPathsMatchingTheirCanonicalUrls() {
        assertThat(StaticExport.fileFor("/")).isEqualTo("index.html");
        assertThat(StaticExport.fileFor("/ai/careers")).isEqualTo("ai/careers.html");
        assertThat(StaticExport.fileFor("/ai/careers/mlops-engineer")).isEqualTo("ai/careers/mlops-engineer.html");
        assertThat(StaticExport.fileFor("/sitemap.xml")).isEqualTo("sitemap.xml");
        assertThat(out.resolve("ai/careers/mlops-engineer.html")).exists();
        try (var css = Files.list(out.resolve("css"))) {
            assertThat(css.map(p -> p.getFileName().toString())).anyMatch(name -> name.matches("site-[0-9a-f]{32}\\.css"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writesRedirectRulesForStaticHosts() throws IOException {
        String redirects = Files.readString(out.resolve("_redirects"));

        assertThat(redirects).contains("/careers/pentester /cyber/careers/penetration-tester 301\n",
                "/cyber/careers/soc-analyst/ /cyber/careers/soc-analyst 301\n").doesNotContain("ai-soc-engineer");
        assertThat(Files.readString(out.resolve("nginx-site.conf")))
                .contains("location = /careers/pentester { return 301 /cyber/careers/penetration-tester; }");
    }

    @Test
    void nginxServesTheExportWithTheSamePagesAndWorkingRedirects() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed: skipping the nginx check of the export (.ci/run installs it)");
        int port = freePort();
        Path conf = writeNginxConf(port);
        Process nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", temp.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("nginx.out").toFile()).start();
        try {
            waitForPort(port);
            String origin = "http://127.0.0.1:" + port;
            for (String path : List.of("/", "/ai/careers", "/cyber/careers/soc-analyst", "/sitemap.xml", "/feed.xml")) {
                HttpResponse<byte[]> response = get(origin + path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).isEqualTo(Files.readAllBytes(out.resolve(StaticExport.fileFor(path))));
            }
            assertThat(get(origin + "/").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(get(origin + "/feed.xml").headers().firstValue("Content-Type")).contains("application/atom+xml");
            assertRedirect(origin + "/careers/pentester", "/cyber/careers/penetration-tester");
            assertRedirect(origin + "/cyber/careers/soc-analyst/", "/cyber/careers/soc-analyst");
            HttpResponse<byte[]> missing = get(origin + "/no/such/page");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo(Files.readAllBytes(out.resolve("404.html")));
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    private void assertRedirect(String url, String location) throws Exception {
        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(url).contains(location);
    }

    private Path writeNginxConf(int port) throws IOException {
        Path conf = temp.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  access_log off;
                  client_body_temp_path %1$s/tmp-body;
                  proxy_temp_path %1$s/tmp-proxy;
                  fastcgi_temp_path %1$s/tmp-fastcgi;
                  uwsgi_temp_path %1$s/tmp-uwsgi;
                  scgi_temp_path %1$s/tmp-scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                    include %3$s/nginx-site.conf;
                  }
                }
                """.formatted(temp, port, out));
        return conf;
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not start on port " + port);
    }
}
