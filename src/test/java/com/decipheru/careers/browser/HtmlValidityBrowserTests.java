package com.decipheru.careers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.runtime.LiveCatalogue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Nu HTML Checker (vnu.jar, from the npm registry at build time) on every page: no error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
class HtmlValidityBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    LiveCatalogue catalogue;

    @TempDir
    Path pagesDir;

    @Test
    void everyPageIsValidHtml() throws Exception {
        Map<Path, String> pages = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(PublicPages.of(catalogue.current()).stream().map(p -> p.path()).toList());
        paths.add("/no-such-page");
        HttpClient http = HttpClient.newHttpClient();
        for (String path : paths) {
            String html = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Path file = pagesDir.resolve("page-" + pages.size() + ".html");
            Files.writeString(file, html);
            pages.put(file, path);
        }

        List<String> errors = validate(pages);

        System.out.println("vnu: " + errors.size() + " errors on " + pages.size() + " pages");
        assertThat(errors).as("Nu HTML Checker errors (page:line:column: message)").isEmpty();
    }

    @Test
    void theCheckCatchesAnUnclosedTag() throws Exception {
        Path broken = pagesDir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><span>text</p></body></html>");

        assertThat(validate(Map.of(broken, "/broken"))).isNotEmpty().allSatisfy(error -> assertThat(error).startsWith("/broken:1:"))
                .anySatisfy(error -> assertThat(error).contains("span"));
    }

    /** Runs vnu once over all the files; returns its errors as {@code page:line:column: message}. */
    static List<String> validate(Map<Path, String> pages) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar",
                Chromium.TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString(), "--errors-only", "--format", "json", "--stdout"));
        pages.keySet().forEach(file -> command.add(file.toString()));
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        vnu.waitFor();
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(output).get("messages")) {
            Path file = Path.of(URI.create(message.get("url").asString()));
            errors.add(pages.getOrDefault(file, file.toString()) + ":" + message.path("lastLine").asInt() + ":"
                    + message.path("firstColumn").asInt(message.path("lastColumn").asInt()) + ": " + message.get("message").asString()
                    + " [" + message.path("extract").asString().strip() + "]");
        }
        return errors;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
