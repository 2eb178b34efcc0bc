package com.decipheru.careers.vertical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Vertical;
import com.decipheru.careers.runtime.SiteProperties;
import com.decipheru.careers.web.Pagination;

/** Hubs show 48 guides a page, each page at its own address, however many guides a vertical has. */
class HubPaginationTests {

    private static final int MANY = 2_500;

    @TempDir
    static Path temp;

    private static Catalogue catalogue;
    private final HubPages pages = new HubPages(new SiteProperties(temp, "https://careers.example", false, false));

    /** The fixtures plus 2,500 more Cybersecurity guides; AI for Cybersecurity has none, Applied AI one. */
    @BeforeAll
    static void manyGuides() {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        String soc = tree.read("roles/cyber/soc-analyst.md");
        for (int i = 1; i <= MANY; i++) {
            tree.write("roles/cyber/analyst-" + i + ".md", soc.replace("title: SOC Analyst", "title: Analyst " + i));
        }
        catalogue = tree.load().orThrow();
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
        Vertical vertical = catalogue.vertical(key).orElseThrow();
        return pages.hub(vertical, page, catalogue);
    }
}
