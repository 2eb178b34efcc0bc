package com.decipheru.careers.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.decipheru.careers.CareerGuideApplication;
import com.decipheru.careers.content.ContentTree;

/**
 * An editor's raw HTML, event handlers and script links, in the Markdown body and in front matter, reach
 * the reader as text: loaded in Chromium, no dialog opens, no script runs, and the DOM holds none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeMarkdownBrowserTests {

    private static final String GUIDE = "/ai/careers/payload-tester";
    private static final String HOSTILE_GUIDE = """
            ---
            title: "Payload <script>alert('title')</script> Tester"
            specialty: "<img src=x onerror=\\"window.pwned='specialty'\\">"
            summary: "A Payload Tester <b onmouseover=\\"window.pwned='summary'\\">checks</b> that nothing runs."
            salary:
              median_usd: 100000
              source: "<script>window.pwned='source'</script> market estimate"
              source_url: "https://example.org/?q=<script>alert(1)</script>"
            growth: moderate
            ai_disruption:
              score: 20
              outlook: "<iframe src=\\"javascript:alert('outlook')\\"></iframe> Nothing here runs. Nothing at all."
              forecast: "<svg onload=\\"alert('forecast')\\"></svg>."
            entry_level: true
            experience: 0-2 years
            entry_path: "<a href=\\"javascript:alert('path')\\">click</a>"
            duties:
              - "<svg onload=\\"window.pwned='duty'\\"></svg> first duty"
              - Second duty
              - Third duty
            skills: ["<script>window.pwned='skill'</script>", Two, Three]
            skill_tags: ["<img src=x onerror=alert(1)>"]
            certifications: ["<marquee onstart=alert(1)>cert</marquee>"]
            bridge:
              role: soc-analyst
              shared: "</script><script>alert('json-ld')</script>"
              retention: 10-20%
            faq:
              - question: "<img src=x onerror=\\"alert('question')\\">?"
                answer: "<script>alert('answer')</script> and <img src=x onerror=\\"window.pwned='answer'\\">"
            last_reviewed: 2026-11-01
            ---
            ## A day in the role

            <script>alert('body')</script>

            <img src="x" onerror="window.pwned='body-img'">

            <a href="javascript:alert('link')">a link</a> and <iframe src="javascript:alert('frame')"></iframe>

            <div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>
            """;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext site;
    private ChromeDriver driver;
    private String origin;

    @BeforeAll
    void start() throws Exception {
        ContentTree tree = ContentTree.copyOfFixtures(temp.resolve("content"));
        tree.write("roles/ai/payload-tester.md", HOSTILE_GUIDE);
        site = new SpringApplicationBuilder(CareerGuideApplication.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--site.watch=false", "--site.content-dir=" + tree.root());
        origin = "http://127.0.0.1:" + site.getEnvironment().getProperty("local.server.port");
        driver = Chromium.start();
    }

    @AfterAll
    void stop() {
        driver.quit();
        site.close();
    }

    @Test
    void noPayloadRunsOnAnyPageThatShowsTheGuide() {
        for (String page : List.of(GUIDE, "/ai/careers", "/", "/cyber/careers/soc-analyst")) {
            driver.get(origin + page);
            assertThatThrownBy(() -> driver.switchTo().alert()).as(page + ": a dialog opened")
                    .isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.executeScript("return window.pwned === undefined")).as(page + ": a script ran").isEqualTo(true);
            assertThat(injected()).as(page + ": markup from content reached the DOM").isEmpty();
        }
    }

    @Test
    void thePayloadsAreShownAsText() {
        driver.get(origin + GUIDE);

        assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
                .isEqualTo("Payload <script>alert('title')</script> Tester");
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".prose")).getText())
                .contains("<script>alert('body')</script>", "<img src=\"x\" onerror=\"window.pwned='body-img'\">");
    }

    @Test
    void theCheckWouldSeeAnInjectedHandler() {
        driver.get(origin + GUIDE);
        driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=x onerror=\"x()\">')");

        assertThat(injected()).isNotEmpty();
    }

    /** Scripts (other than JSON-LD), event-handler attributes, script URLs and frames found in the page. */
    @SuppressWarnings("unchecked")
    private List<String> injected() {
        return (List<String>) driver.executeScript("""
                const found = [];
                document.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed')
                  .forEach(e => found.push(e.outerHTML));
                document.querySelectorAll('*').forEach(e => {
                  for (const a of e.attributes) {
                    if (a.name.startsWith('on') || /^\\s*(javascript|vbscript|data):/i.test(a.value) || a.name === 'style') {
                      found.push(e.tagName + ' ' + a.name + '=' + a.value);
                    }
                  }
                });
                return found;
                """);
    }
}
