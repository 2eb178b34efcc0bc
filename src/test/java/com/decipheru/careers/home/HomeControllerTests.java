package com.decipheru.careers.home;

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

import com.decipheru.careers.FixtureCatalogueConfiguration;

@WebMvcTest(HomeController.class)
@Import(FixtureCatalogueConfiguration.class)
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheSiteNameTaglineAndTheVerticalsInOrder() throws Exception {
        Document page = page();

        assertThat(page.selectFirst("h1").text()).isEqualTo("DecipherU");
        assertThat(page.selectFirst(".lede").text()).isEqualTo("Career intelligence for cybersecurity and applied AI");
        assertThat(page.select("main h2").eachText())
                .containsExactly("Applied AI", "Cybersecurity", "AI for Cybersecurity", "Cybersecurity for AI");
    }

    @Test
    void linksEachVerticalsNewestGuidesAndAllOfThem() throws Exception {
        Document page = page();

        assertThat(page.select("main .role-links a").eachAttr("href")).containsExactly("/ai/careers/mlops-engineer",
                "/cyber/careers/soc-analyst", "/cyber/careers/penetration-tester", "/cyber-for-ai/careers/ai-red-teamer");
        assertThat(page.select("main .all-roles").eachText()).containsExactly("All 1 Applied AI role →",
                "All 2 Cybersecurity roles →", "All 1 Cybersecurity for AI role →");
        assertThat(page.select("main h2 a").eachAttr("href"))
                .containsExactly("/ai/careers", "/cyber/careers", "/ai-for-cyber/careers", "/cyber-for-ai/careers");
    }

    @Test
    void hasOneLayoutWithHeaderNavMainAndFooter() throws Exception {
        Document page = page();

        assertThat(page.select("body > header, body > main, body > footer")).hasSize(3);
        assertThat(page.select("header nav a").eachText())
                .containsExactly("Applied AI", "Cybersecurity", "AI for Cybersecurity", "Cybersecurity for AI");
        assertThat(page.select("script:not([type=application/ld+json])")).as("no JavaScript").isEmpty();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
