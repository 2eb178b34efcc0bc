package com.decipheru.careers.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.decipheru.careers.FixtureCatalogueConfiguration;

@WebMvcTest(RoleController.class)
@Import(FixtureCatalogueConfiguration.class)
class RoleControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsEveryPartOfTheRolePageInOrder() throws Exception {
        Document page = page("/ai/careers/mlops-engineer");

        assertThat(page.select("main h2").eachText()).containsExactly(
                "AI Disruption Outlook · Moderate (25/100)",
                "What this role actually does",
                "Required skills",
                "Representative certifications",
                "Bridge to cybersecurity",
                "MLOps Engineer questions and answers",
                "Methodology");
        assertThat(page.select("h1").eachText()).containsExactly("MLOps Engineer");
        assertThat(page.selectFirst(".page-header .eyebrow").text()).isEqualTo("Applied AI · ML Engineering");
    }

    @Test
    void showsTheFourFiguresAsTiles() throws Exception {
        Document page = page("/ai/careers/mlops-engineer");

        assertThat(page.select(".stats .stat").eachText()).containsExactly(
                "Median salary $170K", "Growth outlook very high", "AI Disruption 25/100", "Entry-level No");
        assertThat(page.selectFirst("meter").attr("value")).isEqualTo("25");
    }

    @Test
    void linksTheBridgeTargetAndListsTheRolesThatBridgeHere() throws Exception {
        Document page = page("/cyber/careers/soc-analyst");
        Element bridge = page.selectFirst("section.bridge");

        assertThat(bridge.selectFirst("h2").text()).isEqualTo("Bridge to applied AI");
        assertThat(bridge.selectFirst("a.button").text()).isEqualTo("Read the MLOps Engineer guide →");
        assertThat(bridge.selectFirst("a.button").attr("href")).isEqualTo("/ai/careers/mlops-engineer");
        assertThat(bridge.select(".role-links a").eachText()).containsExactly("MLOps Engineer");
    }

    @Test
    void rendersTheMarkdownBodyBeforeTheBridgeAndTheRolesOwnQuestionsLast() throws Exception {
        Document page = page("/cyber/careers/soc-analyst");

        assertThat(page.selectFirst(".prose h2").text()).isEqualTo("A day in the role");
        assertThat(page.select("main h2").eachText().indexOf("Bridge to applied AI"))
                .isGreaterThan(page.select("main h2").eachText().indexOf("A day in the role"));
        assertThat(page.select(".qa h3").eachText()).last().isEqualTo("Is SOC work mostly night shifts?");
        assertThat(page.select(".qa").last().selectFirst(".answer").html()).isEqualTo("<p>Not always, but expect <strong>some</strong>.</p>");
    }

    @Test
    void explainsAnEmptyCertificationList() throws Exception {
        Document page = page("/cyber-for-ai/careers/ai-red-teamer");

        assertThat(page.selectFirst("section[aria-labelledby=role-certifications]").text())
                .contains("No certification is commonly expected");
    }

    @Test
    void endsWithMethodologyReviewDateAndAReportLink() throws Exception {
        Element methodology = page("/ai/careers/mlops-engineer").selectFirst("section.methodology");

        assertThat(methodology.text()).contains("Last reviewed 2026-04-26.");
        assertThat(methodology.selectFirst("a").attr("href")).isEqualTo("mailto:corrections@decipheru.example");
    }

    @Test
    void carriesAnAbsoluteCanonicalUrlAndTheSummaryAsDescription() throws Exception {
        Document page = page("/ai/careers/mlops-engineer");

        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://careers.example/ai/careers/mlops-engineer");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).startsWith("An MLOps Engineer operates");
    }

    @Test
    void answersNotFoundForAnUnknownRoleOrARoleUnderTheWrongVertical() throws Exception {
        mvc.perform(get("/ai/careers/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/ai/careers/soc-analyst")).andExpect(status().isNotFound());
        mvc.perform(get("/ai/careers/mlops-engineer.php")).andExpect(status().isNotFound());
    }

    @Test
    void hidesDraftsOnThePublicSite() throws Exception {
        mvc.perform(get("/ai-for-cyber/careers/ai-soc-engineer")).andExpect(status().isNotFound());
        assertThat(page("/cyber/careers/soc-analyst").select("section.bridge .role-links a").eachText())
                .containsExactly("MLOps Engineer");
    }

    @Test
    void answersHeadLikeGet() throws Exception {
        mvc.perform(head("/ai/careers/mlops-engineer")).andExpect(status().isOk());
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
