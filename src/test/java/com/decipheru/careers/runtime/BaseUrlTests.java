package com.decipheru.careers.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import com.decipheru.careers.CareerGuideApplication;
import com.decipheru.careers.QuietConsole;
import com.decipheru.careers.content.ContentTree;

/** Without site.base-url the site publishes the address it really listens on, and says which one at startup. */
@ExtendWith({QuietConsole.class, OutputCaptureExtension.class})
class BaseUrlTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutABaseUrlTheConfiguredPortIsPublished() {
        StandardEnvironment environment = environment(Map.of("server.port", "18600"));

        new LocalBaseUrl().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("site.base-url")).isEqualTo("http://localhost:18600");
        assertThat(LocalBaseUrl.isDerived(environment, "http://localhost:18600")).isTrue();
    }

    @Test
    void withoutAPortEitherThePublishedAddressIsTheDefaultPort() {
        StandardEnvironment environment = environment(Map.of());

        new LocalBaseUrl().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("site.base-url")).isEqualTo("http://localhost:8080");
    }

    @Test
    void aConfiguredBaseUrlWins() {
        StandardEnvironment property = environment(Map.of("site.base-url", "https://careers.example", "server.port", "18600"));
        StandardEnvironment variable = environment(Map.of());
        variable.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of("SITE_BASE_URL", "https://x.example")));

        new LocalBaseUrl().postProcessEnvironment(property, null);
        new LocalBaseUrl().postProcessEnvironment(variable, null);

        assertThat(property.getProperty("site.base-url")).isEqualTo("https://careers.example");
        assertThat(variable.getProperty("site.base-url")).isEqualTo("https://x.example");
        assertThat(property.getPropertySources().contains(LocalBaseUrl.SOURCE) || variable.getPropertySources().contains(LocalBaseUrl.SOURCE))
                .isFalse();
    }

    @Test
    void onARandomPortCanonicalLinksAndTheSitemapCarryThePortTheSiteListensOn(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext site = start()) {
            String port = site.getEnvironment().getProperty("local.server.port");
            String origin = "http://127.0.0.1:" + port;

            assertThat(port).isNotEqualTo("0");
            assertThat(Jsoup.parse(get(origin + "/ai/careers")).selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("http://localhost:" + port + "/ai/careers");
            assertThat(get(origin + "/sitemap.xml")).contains("<loc>http://localhost:" + port + "/ai/careers</loc>");
            assertThat(output).contains("Publishing http://localhost:" + port + " as the site's address", "it follows the server port")
                    .doesNotContain("search engines and readers would be sent to localhost");
        }
    }

    @Test
    void aLocalAddressUnderADeploymentProfileIsWarnedAbout(CapturedOutput output) {
        try (ConfigurableApplicationContext site = start("--spring.profiles.active=production")) {
            assertThat(output).containsPattern("WARN .*The site publishes http://localhost:\\d+ while profile production is active")
                    .contains("Set SITE_BASE_URL (site.base-url) to the public address");
        }
    }

    @Test
    void onlyLoopbackAddressesCountAsLocal() {
        assertThat(BaseUrlNotice.isLocal("http://localhost:8080")).isTrue();
        assertThat(BaseUrlNotice.isLocal("http://127.0.0.1")).isTrue();
        assertThat(BaseUrlNotice.isLocal("https://careers.example.org")).isFalse();
    }

    private static ConfigurableApplicationContext start(String... more) {
        String[] args = {"--server.port=0", "--server.address=127.0.0.1", "--site.watch=false",
                "--site.content-dir=" + ContentTree.FIXTURES};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CareerGuideApplication.class).run(all);
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
