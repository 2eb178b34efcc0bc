package com.decipheru.careers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.decipheru.careers.content.ContentTree;

class CatalogueTests {

    private static final String RED_TEAMER = "roles/cyber-for-ai/ai-red-teamer.md";

    @TempDir
    Path temp;

    private ContentTree tree;

    @BeforeEach
    void copyFixtures() {
        tree = ContentTree.copyOfFixtures(temp);
    }

    @Test
    void resolvesEachBridgeToItsTargetInAnotherVertical() {
        Role mlops = tree.load().orThrow().role("ai", "mlops-engineer").orElseThrow();

        assertThat(mlops.bridge().target()).isEqualTo(
                new RoleLink("SOC Analyst", "/cyber/careers/soc-analyst", "Cybersecurity", "cybersecurity"));
        assertThat(mlops.bridge().shared()).isEqualTo("operational discipline, adversarial mindset, or compliance practice");
        assertThat(mlops.bridge().retention()).isEqualTo("60-70%");
    }

    @Test
    void listsTheRolesThatBridgeToARoleSortedByTitle() {
        Catalogue catalogue = tree.load().orThrow();

        assertThat(catalogue.role("cyber", "soc-analyst").orElseThrow().bridgedFrom()).map(RoleLink::title)
                .containsExactly("MLOps Engineer");
        assertThat(catalogue.role("ai", "mlops-engineer").orElseThrow().bridgedFrom()).map(RoleLink::title)
                .containsExactly("SOC Analyst");
        assertThat(catalogue.role("cyber-for-ai", "ai-red-teamer").orElseThrow().bridgedFrom()).map(RoleLink::title)
                .containsExactly("Penetration Tester");
    }

    @Test
    void rejectsABridgeToAnUnknownSlugWithASuggestion() {
        tree.write(RED_TEAMER, tree.read(RED_TEAMER).replace("role: penetration-tester", "role: penetration-testr"));

        assertThat(tree.errors()).containsExactly(
                RED_TEAMER + ":27:9: error: bridge.role 'penetration-testr' is not a role (did you mean 'penetration-tester'?)");
    }

    @Test
    void rejectsABridgeWithinTheSameVertical() {
        tree.write("roles/cyber-for-ai/llm-security-engineer.md", tree.read(RED_TEAMER)
                .replace("title: AI Red Teamer", "title: LLM Security Engineer"));
        tree.write(RED_TEAMER, tree.read(RED_TEAMER).replace("role: penetration-tester", "role: llm-security-engineer"));

        assertThat(tree.errors()).containsExactly(RED_TEAMER + ":27:9: error: bridge.role 'llm-security-engineer' is in"
                + " the same vertical (cyber-for-ai); a bridge must point into another vertical");
    }

    @Test
    void rejectsASlugUsedInTwoVerticals() {
        tree.write("roles/ai/soc-analyst.md", tree.read("roles/cyber/soc-analyst.md")
                .replace("role: mlops-engineer", "role: ai-red-teamer"));

        assertThat(tree.errors()).containsExactly("roles/cyber/soc-analyst.md:1:1: error: slug 'soc-analyst' is already"
                + " used by roles/ai/soc-analyst.md; slugs must be unique across verticals");
    }

    @Test
    void ordersVerticalsByTheirOrderAndRolesByTitle() {
        tree.write("roles/cyber/incident-responder.md", tree.read("roles/cyber/soc-analyst.md")
                .replace("title: SOC Analyst", "title: Incident Responder"));
        Catalogue catalogue = tree.load().orThrow();
        Vertical cyber = catalogue.vertical("cyber").orElseThrow();

        assertThat(catalogue.verticals()).map(Vertical::key).containsExactly("ai", "cyber", "ai-for-cyber", "cyber-for-ai");
        assertThat(catalogue.rolesIn(cyber)).map(Role::title).containsExactly("Incident Responder", "Penetration Tester", "SOC Analyst");
        assertThat(catalogue.rolesIn(catalogue.vertical("ai-for-cyber").orElseThrow())).isEmpty();
    }

    @Test
    void findsARoleOnlyUnderItsOwnVertical() {
        Catalogue catalogue = tree.load().orThrow();

        assertThat(catalogue.role("cyber", "soc-analyst")).isPresent();
        assertThat(catalogue.role("ai", "soc-analyst")).isEmpty();
    }

    @Test
    void guessesTheArticleUnlessTheFileGivesOne() {
        assertThat(tree.load().orThrow().role("cyber-for-ai", "ai-red-teamer").orElseThrow().titleWithArticle())
                .isEqualTo("an AI Red Teamer");

        tree.write(RED_TEAMER, tree.read(RED_TEAMER).replace("growth: high\n", "growth: high\narticle: a\n"));

        assertThat(tree.load().orThrow().role("cyber-for-ai", "ai-red-teamer").orElseThrow().titleWithArticle())
                .isEqualTo("a AI Red Teamer");
    }

    @Test
    void reportsARoleFolderWithoutAVerticalFile() {
        tree.write("roles/cybr/x.md", tree.read("roles/cyber/soc-analyst.md"));

        assertThat(tree.problems()).contains("roles/cybr/x.md:1:1: error: folder 'roles/cybr' has no vertical file"
                + " 'verticals/cybr.md' (did you mean 'cyber'?)");
    }
}
