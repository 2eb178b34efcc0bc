package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole application over the real {@code content/}, through real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(SiteSmokeTests.FailingController.class)
@ExtendWith({QuietConsole.class, OutputCaptureExtension.class})
class SiteSmokeTests {

    private static final Path REFERENCE = Path.of("src/test/resources/reference/mlops-engineer-page.txt");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMlopsEngineerPageShowsEverySentenceOfTheReferencePage() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/ai/careers/mlops-engineer");
        String text = Jsoup.parse(response.body()).body().text();

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> sentences = referenceSentences();
        assertThat(sentences).hasSizeGreaterThan(50);
        assertThat(sentences).allSatisfy(sentence -> assertThat(text).contains(sentence));
    }

    @Test
    void theBridgeLeadsToASocAnalystPageThatBridgesBack() throws IOException, InterruptedException {
        Document mlops = Jsoup.parse(get("/ai/careers/mlops-engineer").body());
        String href = mlops.select("a").stream().filter(a -> a.text().equals("Read the SOC Analyst guide →"))
                .findFirst().orElseThrow().attr("href");

        HttpResponse<String> response = get(href);
        Document soc = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(soc.selectFirst("section.bridge a.button").attr("href")).isEqualTo("/ai/careers/mlops-engineer");
        assertThat(soc.select("section.bridge .role-links a").eachText()).contains("MLOps Engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ai/careers/nope", "/nope/careers", "/ai/careers/mlops-engineer.php", "/nope",
            "/ai/careers/mlops-engineer/extra", "/actuator/env", "/actuator/beans", "/error"})
    void unknownPathsAnswerTheNotFoundPage(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main a[href=/]")).isNotEmpty();
    }

    @Test
    void aFailureAnswersTheErrorPageWithoutAnyExceptionTextAndLogsItForOperators(CapturedOutput output)
            throws IOException, InterruptedException {
        HttpResponse<String> response = get("/test/fail");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at com.", "Exception");
        assertThat(output).containsPattern("ERROR .*dispatcherServlet.*java.lang.IllegalStateException: secret detail")
                .contains("at com.decipheru.careers.SiteSmokeTests$FailingController.fail(");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ai/careers", "/ai/careers/mlops-engineer", "/css/site.css"})
    void headAnswersLikeGetWithoutABody(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void actuatorExposesHealthAndInfoOnly() throws IOException, InterruptedException {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health").body()).doesNotContain("diskSpace");
    }

    @Test
    void everyRoleIsReachableFromHomeInTwoClicks() throws IOException, InterruptedException {
        Document home = Jsoup.parse(get("/").body());
        List<String> hubs = home.select("main h2 a").eachAttr("href");
        for (String hub : hubs) {
            for (String role : Jsoup.parse(get(hub).body()).select(".card h3 a").eachAttr("href")) {
                assertThat(get(role).statusCode()).as(role).isEqualTo(200);
            }
        }
        assertThat(hubs).hasSize(4);
    }

    /** The reference page, a sentence at a time; duties keep their acronyms when spliced ("deploy ML models"). */
    static List<String> referenceSentences() throws IOException {
        String reference = Files.readString(REFERENCE)
                .replace("deploy ml models", "deploy ML models")
                .replace("operate ml systems", "operate ML systems");
        return reference.lines()
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .flatMap(line -> Arrays.stream(line.split("(?<=[.?!→])\\s*")))
                .map(sentence -> sentence.strip().replaceAll("\\s+", " "))
                .filter(sentence -> !sentence.isEmpty())
                .toList();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @TestConfiguration
    @Controller
    static class FailingController {

        @GetMapping("/test/fail")
        String fail() {
            throw new IllegalStateException("secret detail");
        }
    }
}
