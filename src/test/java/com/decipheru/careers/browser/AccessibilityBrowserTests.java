package com.decipheru.careers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.decipheru.careers.model.PublicPages;
import com.decipheru.careers.runtime.LiveCatalogue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from the npm registry, at build time) on every public page and the 404 page, in light and
 * dark mode: no violation of WCAG 2.0 or 2.1, level A or AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(result => done(JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)
              })))))
              .catch(error => done(JSON.stringify([{ id: 'axe-error', help: String(error), nodes: [] }])));
            """;

    @LocalServerPort
    int port;

    @Autowired
    LiveCatalogue catalogue;

    private ChromeDriver driver;
    private String axe;

    @BeforeAll
    void startBrowser() throws Exception {
        axe = Files.readString(Chromium.TOOLS.resolve("axe-core/axe.min.js"));
        driver = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void everyPageHasNoWcagViolationsInLightOrDarkMode() {
        List<String> pages = new ArrayList<>();
        PublicPages.of(catalogue.current()).forEach(page -> pages.add(page.path()));
        pages.add("/no-such-page");
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            Chromium.colorScheme(driver, scheme);
            for (String page : pages) {
                violations.addAll(check(page, scheme));
            }
        }
        System.out.println("axe-core: " + violations.size() + " violations on " + pages.size() + " pages x 2 colour schemes");
        assertThat(violations).as("axe-core violations (page, rule, elements, how to fix)").isEmpty();
    }

    @Test
    void theCheckCatchesAnImageWithoutAlternativeText() {
        Chromium.colorScheme(driver, "light");
        List<String> violations = check("/", "light", "document.querySelector('main').append(document.createElement('img'))");

        assertThat(violations).singleElement().asString().startsWith("/ (light): image-alt [critical]").contains("img");
    }

    private List<String> check(String page, String scheme, String... breakPage) {
        driver.get("http://127.0.0.1:" + port + page);
        for (String script : breakPage) {
            driver.executeScript(script);
        }
        driver.executeScript(axe);
        String json = (String) driver.executeAsyncScript(RUN_AXE);
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JsonMapper.builder().build().readTree(json)) {
            found.add(page + " (" + scheme + "): " + violation.get("id").asString() + " [" + violation.path("impact").asString()
                    + "] " + violation.get("help").asString() + " " + violation.path("helpUrl").asString() + "\n    "
                    + String.join("\n    ", violation.get("nodes").valueStream().map(JsonNode::asString).toList()));
        }
        return found;
    }
}
