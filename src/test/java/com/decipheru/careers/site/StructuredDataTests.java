package com.decipheru.careers.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.role.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final StructuredData structuredData = new StructuredData(
            new SiteProperties(ContentTree.FIXTURES, "https://careers.example", false, false));
    private final Catalogue catalogue = new com.decipheru.careers.content.ContentLoader(ContentTree.CLOCK)
            .load(ContentTree.FIXTURES).orThrow();

    @Test
    void aRolePageDescribesTheOccupationItsQuestionsAndItsBreadcrumbs() {
        Role soc = catalogue.role("cyber", "soc-analyst").orElseThrow();
        List<JsonNode> blocks = parse(structuredData.role(soc));

        assertThat(blocks).map(b -> b.get("@type").asString()).containsExactly("Occupation", "FAQPage", "BreadcrumbList");
        JsonNode occupation = blocks.get(0);
        assertThat(occupation.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(occupation.get("name").asString()).isEqualTo("SOC Analyst");
        assertThat(occupation.get("description").asString()).isEqualTo(soc.summary());
        assertThat(occupation.at("/occupationalCategory/codeValue").asString()).isEqualTo("15-1212");
        JsonNode salary = occupation.at("/estimatedSalary/0");
        assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmountDistribution");
        assertThat(salary.get("currency").asString()).isEqualTo("USD");
        assertThat(salary.get("duration").asString()).isEqualTo("P1Y");
        assertThat(salary.get("median").asLong()).isEqualTo(124910);
        assertThat(occupation.get("skills")).hasSize(3);
        assertThat(occupation.get("qualifications").get(0).asString()).isEqualTo("CompTIA Security+");
        assertThat(occupation.get("responsibilities").get(0).asString()).isEqualTo("Triage alerts from the SIEM and EDR tools");
        assertThat(occupation.get("experienceRequirements").asString()).isEqualTo("0-2 years of relevant experience");
        assertThat(occupation.at("/mainEntityOfPage/@id").asString()).isEqualTo("https://careers.example/cyber/careers/soc-analyst");
        assertThat(occupation.at("/mainEntityOfPage/lastReviewed").asString()).isEqualTo("2026-11-20");
    }

    @Test
    void theFaqBlockHoldsEveryQuestionOnThePage() {
        Role soc = catalogue.role("cyber", "soc-analyst").orElseThrow();
        JsonNode faq = parse(structuredData.role(soc)).get(1);

        assertThat(faq.get("mainEntity")).hasSize(soc.questions().size());
        assertThat(faq.at("/mainEntity/5/name").asString()).isEqualTo("Is SOC work mostly night shifts?");
        assertThat(faq.at("/mainEntity/5/acceptedAnswer/text").asString()).contains("<strong>some</strong>");
    }

    @Test
    void breadcrumbsRunHomeVerticalRoleWithAbsoluteUrls() {
        Role soc = catalogue.role("cyber", "soc-analyst").orElseThrow();
        JsonNode crumbs = parse(structuredData.role(soc)).get(2).get("itemListElement");

        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(1).get("name").asString()).isEqualTo("Cybersecurity");
        assertThat(crumbs.get(1).get("item").asString()).isEqualTo("https://careers.example/cyber/careers");
        assertThat(crumbs.get(2).get("position").asInt()).isEqualTo(3);
    }

    @Test
    void aHubIsACollectionPageListingItsGuides() {
        var cyber = catalogue.vertical("cyber").orElseThrow();
        List<JsonNode> blocks = parse(structuredData.hub(cyber, catalogue.rolesIn(cyber)));

        assertThat(blocks.get(0).get("@type").asString()).isEqualTo("CollectionPage");
        assertThat(blocks.get(0).at("/mainEntity/@type").asString()).isEqualTo("ItemList");
        assertThat(blocks.get(0).at("/mainEntity/itemListElement/1/url").asString())
                .isEqualTo("https://careers.example/cyber/careers/soc-analyst");
        assertThat(blocks.get(1).get("@type").asString()).isEqualTo("BreadcrumbList");
    }

    @Test
    void homeDescribesTheWebSiteAndTheOrganization() {
        assertThat(parse(structuredData.home(catalogue))).map(b -> b.get("@type").asString())
                .containsExactly("WebSite", "Organization");
    }

    @Test
    void noContentCanCloseTheScriptElement() {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        String soc = "roles/cyber/soc-analyst.md";
        tree.write(soc, tree.read(soc).replaceFirst("(?m)^summary: .*$",
                "summary: \"A SOC Analyst </script><script>alert(1)</script> & more\""));
        Catalogue hostile = tree.load().orThrow();

        List<String> blocks = structuredData.role(hostile.role("cyber", "soc-analyst").orElseThrow());

        assertThat(blocks).allSatisfy(block -> assertThat(block).doesNotContain("<", ">", "&"));
        assertThat(parse(blocks).get(0).get("description").asString()).isEqualTo("A SOC Analyst </script><script>alert(1)</script> & more");
    }

    private static List<JsonNode> parse(List<String> blocks) {
        return blocks.stream().map(JSON::readTree).toList();
    }
}
