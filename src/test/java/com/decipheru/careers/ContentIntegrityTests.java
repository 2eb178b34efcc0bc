package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentProblem;
import com.decipheru.careers.content.LoadResult;
import com.decipheru.careers.role.Role;

/** The real {@code content/} loads with no error and no warning, and every guide is complete. */
class ContentIntegrityTests {

    private final LoadResult result = new ContentLoader(Clock.systemUTC()).load(Path.of("content"));

    @Test
    void contentLoadsWithoutAnyProblem() {
        assertThat(result.problems()).map(ContentProblem::toString).isEmpty();
    }

    @Test
    void hasTheFourVerticalsInOrder() {
        assertThat(result.orThrow().verticals()).map(v -> v.key()).containsExactly("ai", "cyber", "ai-for-cyber", "cyber-for-ai");
    }

    @Test
    void everyVerticalHasAnIntroduction() {
        assertThat(result.orThrow().verticals()).allSatisfy(v -> assertThat(v.introHtml()).contains("<p>"));
    }

    @Test
    void everyBridgeIsReturnedOrAtLeastListedOnItsTarget() {
        Catalogue catalogue = result.orThrow();
        for (Role role : catalogue.roles()) {
            String target = role.bridge().target().path();
            Role targetRole = catalogue.roles().stream().filter(r -> r.path().equals(target)).findFirst().orElseThrow();
            assertThat(targetRole.bridgedFrom()).as(role.title() + " is listed on " + targetRole.title())
                    .anyMatch(link -> link.path().equals(role.path()));
        }
    }

    @Test
    void theTwoFoundingGuidesExist() {
        Catalogue catalogue = result.orThrow();

        assertThat(catalogue.role("ai", "mlops-engineer")).isPresent();
        assertThat(catalogue.role("cyber", "soc-analyst")).hasValueSatisfying(soc -> {
            assertThat(soc.bridge().target().path()).isEqualTo("/ai/careers/mlops-engineer");
            assertThat(soc.salary().source()).contains("BLS").contains("May 2024");
        });
    }
}
