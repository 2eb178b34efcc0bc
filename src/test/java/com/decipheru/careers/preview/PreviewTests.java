package com.decipheru.careers.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.PreviewFixtureConfiguration;

/** With site.preview=true: drafts show with a badge and noindex, every page has a banner, /_content exists. */
@WebMvcTest
@Import(PreviewFixtureConfiguration.class)
class PreviewTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aDraftIsShownWithABadgeAndIsNotIndexed() throws Exception {
        Document page = page("/ai-for-cyber/careers/ai-soc-engineer");

        assertThat(page.selectFirst("h1").text()).isEqualTo("AI SOC Engineer Draft");
        assertThat(page.selectFirst("h1 .badge").text()).isEqualTo("Draft");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void hubsAndBridgesListDrafts() throws Exception {
        assertThat(page("/ai-for-cyber/careers").select(".card h3").eachText()).containsExactly("AI SOC Engineer Draft");
        assertThat(page("/cyber/careers/soc-analyst").select("section.bridge .role-links a").eachText())
                .containsExactly("AI SOC Engineer", "MLOps Engineer");
    }

    @Test
    void everyPageCarriesThePreviewBanner() throws Exception {
        assertThat(page("/").selectFirst(".preview-banner").text()).startsWith("Preview: drafts are shown")
                .contains("Content is up to date");
        assertThat(page("/").select("meta[name=robots]")).isEmpty();
    }

    @Test
    void theContentStatusPageReportsTheLastLoad() throws Exception {
        Document page = page("/_content");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Content status");
        assertThat(page.select(".status-facts div").eachText()).contains("Files read 10", "Result 0 error(s), 0 warning(s)");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
