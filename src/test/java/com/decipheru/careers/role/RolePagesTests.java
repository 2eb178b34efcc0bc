package com.decipheru.careers.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.runtime.SiteProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The structured data of role pages, parsed field by field. */
class RolePagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final RolePages pages = new RolePages(
            new SiteProperties(ContentTree.FIXTURES, "https://careers.example", false, false));
    private final Catalogue catalogue = new ContentLoader(ContentTree.CLOCK).load(ContentTree.FIXTURES).orThrow();

    @Test
    void aRolePageDescribesTheOccupationItsQuestionsAndItsBreadcrumbs() {
        Role soc = catalogue.role("cyber", "soc-analyst").orElseThrow();
        List<JsonNode> blocks = parse(pages.structuredData(soc));

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
        JsonNode faq = parse(pages.structuredData(soc)).get(1);

        assertThat(faq.get("mainEntity")).hasSize(soc.questions().size());
        assertThat(faq.at("/mainEntity/5/name").asString()).isEqualTo("Is SOC work mostly night shifts?");
        assertThat(faq.at("/mainEntity/5/acceptedAnswer/text").asString()).contains("<strong>some</strong>");
    }

    @Test
    void breadcrumbsRunHomeVerticalRoleWithAbsoluteUrls() {
        Role soc = catalogue.role("cyber", "soc-analyst").orElseThrow();
        JsonNode crumbs = parse(pages.structuredData(soc)).get(2).get("itemListElement");

        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(1).get("name").asString()).isEqualTo("Cybersecurity");
        assertThat(crumbs.get(1).get("item").asString()).isEqualTo("https://careers.example/cyber/careers");
        assertThat(crumbs.get(2).get("position").asInt()).isEqualTo(3);
    }

    @Test
    void noContentCanCloseTheScriptElement() {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        String soc = "roles/cyber/soc-analyst.md";
        tree.write(soc, tree.read(soc).replaceFirst("(?m)^summary: .*$",
                "summary: \"A SOC Analyst </script><script>alert(1)</script> & more\""));
        Catalogue hostile = tree.load().orThrow();

        List<String> blocks = pages.structuredData(hostile.role("cyber", "soc-analyst").orElseThrow());

        assertThat(blocks).allSatisfy(block -> assertThat(block).doesNotContain("<", ">", "&"));
        assertThat(parse(blocks).get(0).get("description").asString()).isEqualTo("A SOC Analyst </script><script>alert(1)</script> & more");
    }

    private static List<JsonNode> parse(List<String> blocks) {
        return blocks.stream().map(JSON::readTree).toList();
    }
}
