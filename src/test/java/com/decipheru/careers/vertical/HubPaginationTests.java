package com.decipheru.careers.vertical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.QuietConsole;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.web.Pagination;

/** Hubs show 48 guides a page, each page at its own address, however many guides a vertical has. */
@SpringBootTest(properties = {"site.watch=false", "site.base-url=https://careers.example"})
@AutoConfigureMockMvc
@ExtendWith(QuietConsole.class) // 2,500 copies of one guide: 2,500 warnings that its bridge is not returned
class HubPaginationTests {

    private static final int MANY = 2_500;

    @TempDir
    static Path temp;

    /** The fixtures plus 2,500 more Cybersecurity guides; AI for Cybersecurity has none, Applied AI one. */
    @DynamicPropertySource
    static void manyGuides(DynamicPropertyRegistry registry) {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        String soc = tree.read("roles/cyber/soc-analyst.md");
        for (int i = 1; i <= MANY; i++) {
            tree.write("roles/cyber/analyst-" + i + ".md", soc.replace("title: SOC Analyst", "title: Analyst " + i));
        }
        registry.add("site.content-dir", temp::toString);
    }

    @Autowired
    HubPages pages;

    @Autowired
    LiveCatalogue live;

    @Autowired
    MockMvc mvc;

    @Test
    void aPageInTheMiddleLinksItsNeighboursAndEveryPage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/cyber/careers?page=2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".card")).hasSize(48);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://careers.example/cyber/careers?page=2");
        assertThat(page.selectFirst("link[rel=prev]").attr("href")).isEqualTo("https://careers.example/cyber/careers");
        assertThat(page.selectFirst("link[rel=next]").attr("href")).isEqualTo("https://careers.example/cyber/careers?page=3");
        assertThat(page.select("nav.pagination [aria-current=page]").text()).isEqualTo("2");
        assertThat(page.select("nav.pagination a").size()).isEqualTo((MANY + 2 + 47) / 48 - 1 + 2);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Cybersecurity careers (page 2 of 53)");
        assertThat(page.selectFirst("main .muted").text()).isEqualTo((MANY + 2) + " guides; showing 49 to 96.");
        assertThat(page.html().length()).as("page size in characters").isLessThan(150_000);
    }

    @Test
    void aVerticalWithNoGuidesHasOneEmptyPage() {
        HubPages.Hub hub = hub("ai-for-cyber", null).orElseThrow();

        assertThat(hub.roles()).isEmpty();
        assertThat(hub.page().pagination().isPaged()).isFalse();
        assertThat(hub.page().canonicalPath()).isEqualTo("/ai-for-cyber/careers");
        assertThat(hub("ai-for-cyber", "2")).isEmpty();
    }

    @Test
    void aVerticalWithOneGuideHasOnePage() {
        HubPages.Hub hub = hub("ai", null).orElseThrow();

        assertThat(hub.roles()).hasSize(1);
        assertThat(hub.page().pagination().previous()).isNull();
        assertThat(hub.page().pagination().next()).isNull();
        assertThat(hub("ai", "2")).isEmpty();
    }

    @Test
    void aVerticalWithThousandsOfGuidesIsSplitIntoPagesOf48() {
        int total = MANY + 2;
        int last = (total + 47) / 48;

        HubPages.Hub first = hub("cyber", null).orElseThrow();
        HubPages.Hub second = hub("cyber", "2").orElseThrow();
        HubPages.Hub end = hub("cyber", String.valueOf(last)).orElseThrow();

        assertThat(first.roles()).hasSize(48);
        assertThat(first.total()).isEqualTo(total);
        assertThat(end.roles()).hasSize(total - (last - 1) * 48);
        assertThat(first.page().canonicalPath()).isEqualTo("/cyber/careers");
        assertThat(second.page().canonicalPath()).isEqualTo("/cyber/careers?page=2");
        assertThat(second.page().pagination().previous()).isEqualTo("/cyber/careers");
        assertThat(second.page().pagination().next()).isEqualTo("/cyber/careers?page=3");
        assertThat(end.page().pagination().next()).isNull();
        assertThat(second.first()).isEqualTo(49);
        assertThat(second.page().title()).contains("page 2");
        assertThat(first.roles()).doesNotContainAnyElementsOf(second.roles());
    }

    @Test
    void pagesThatDoNotExistAreNotPages() {
        int last = (MANY + 2 + 47) / 48;

        for (String missing : new String[] {"0", "-1", String.valueOf(last + 1), "abc", "1.5", "99999999999", ""}) {
            assertThat(hub("cyber", missing)).as(missing).isEmpty();
        }
        assertThat(hub("cyber", "1").orElseThrow().page().canonicalPath()).isEqualTo("/cyber/careers");
    }

    @Test
    void pageNumbersAreWholeNumbersFromOne() {
        assertThat(Pagination.of("3", 96, 48, "/x")).isEmpty();
        assertThat(Pagination.of("3", 97, 48, "/x")).map(Pagination::self).contains("/x?page=3");
    }

    private Optional<HubPages.Hub> hub(String key, String page) {
        Catalogue catalogue = live.current();
        Vertical vertical = catalogue.vertical(key).orElseThrow();
        return pages.hub(vertical, page, catalogue);
    }
}
