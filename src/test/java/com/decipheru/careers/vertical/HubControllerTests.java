package com.decipheru.careers.vertical;

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

@WebMvcTest(HubController.class)
@Import(FixtureCatalogueConfiguration.class)
class HubControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheIntroductionAndACardPerRole() throws Exception {
        Document page = page("/cyber/careers");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Cybersecurity careers");
        assertThat(page.selectFirst(".prose").text()).isEqualTo("Fixture introduction for Cybersecurity.");
        assertThat(page.select(".card h3").eachText()).containsExactly("Penetration Tester", "SOC Analyst");
        assertThat(page.select(".card").last().text()).isEqualTo("SOC Analyst Security Operations A SOC Analyst monitors"
                + " security alerts, triages what the tools flag, and escalates real incidents. Median salary $125K"
                + " AI disruption 45/100 · High Entry-level Yes");
        assertThat(page.select(".card h3 a").eachAttr("href"))
                .containsExactly("/cyber/careers/penetration-tester", "/cyber/careers/soc-analyst");
    }

    @Test
    void rendersMarkdownInTheIntroduction() throws Exception {
        assertThat(page("/ai/careers").selectFirst(".prose").html()).isEqualTo("<p>Fixture introduction for <strong>Applied AI</strong>.</p>");
    }

    @Test
    void saysSoWhenAVerticalHasNoGuides() throws Exception {
        Document page = page("/ai-for-cyber/careers");

        assertThat(page.select(".card")).isEmpty();
        assertThat(page.selectFirst(".empty").text()).startsWith("There are no guides in this vertical yet.");
    }

    @Test
    void hasBreadcrumbsHomeThenVertical() throws Exception {
        assertThat(page("/cyber/careers").select(".breadcrumbs li").eachText()).containsExactly("Home", "Cybersecurity");
    }

    @Test
    void answersNotFoundForAnUnknownVertical() throws Exception {
        mvc.perform(get("/nope/careers")).andExpect(status().isNotFound());
    }

    @Test
    void theFirstPageIsTheHubItselfAndPagesPastTheLastDoNotExist() throws Exception {
        Document first = page("/cyber/careers?page=1");

        assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://careers.example/cyber/careers");
        assertThat(first.select("link[rel=next], link[rel=prev], nav.pagination")).isEmpty();
        mvc.perform(get("/cyber/careers?page=2")).andExpect(status().isNotFound());
        mvc.perform(get("/cyber/careers?page=two")).andExpect(status().isNotFound());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
