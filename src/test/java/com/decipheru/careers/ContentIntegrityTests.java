package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentProblem;
import com.decipheru.careers.content.LoadResult;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;

/**
 * The real {@code content/} loads with no error and no warning, every vertical has its guides, every
 * guide is complete, every figure is sourced, and every skill tag has one spelling.
 */
class ContentIntegrityTests {

    private static final Map<String, Integer> MINIMUM_GUIDES = Map.of("ai", 11, "cyber", 11, "ai-for-cyber", 5, "cyber-for-ai", 5);
    private static final Set<String> CONVERGENCE = Set.of("ai-for-cyber", "cyber-for-ai");

    private static final Path CONTENT = Path.of("content");
    private final LoadResult result = new ContentLoader(asOfNewestReview()).load(CONTENT);

    /**
     * The content is judged as of its newest review, not the calendar, so the build never breaks on a date
     * alone; a guide left a year behind the newest review is stale. {@code validate} checks against today
     * and tells editors which guides are due.
     */
    static Clock asOfNewestReview() {
        Pattern reviewed = Pattern.compile("(?m)^last_reviewed: (\\d{4}-\\d{2}-\\d{2})$");
        try (var files = Files.walk(CONTENT.resolve("roles"))) {
            LocalDate newest = files.filter(Files::isRegularFile).map(ContentIntegrityTests::read)
                    .map(reviewed::matcher).filter(Matcher::find).map(m -> LocalDate.parse(m.group(1)))
                    .max(LocalDate::compareTo).orElseThrow();
            return Clock.fixed(newest.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
    void everyVerticalHasItsGuides() {
        Catalogue catalogue = result.orThrow();
        MINIMUM_GUIDES.forEach((key, minimum) -> assertThat(catalogue.rolesIn(catalogue.vertical(key).orElseThrow()))
                .as(key).hasSizeGreaterThanOrEqualTo(minimum));
        assertThat(catalogue.roleCount()).isGreaterThanOrEqualTo(32);
    }

    @Test
    void everyGuideIsComplete() {
        for (Role role : result.orThrow().roles()) {
            String guide = role.sourcePath();
            String body = Jsoup.parse(role.bodyHtml()).text();
            assertThat(Jsoup.parse(role.bodyHtml()).select("h2")).as(guide + " has a long-form section").isNotEmpty();
            assertThat(body.split("\\s+")).as(guide + " body words").hasSizeGreaterThanOrEqualTo(150);
            assertThat(role.questions()).as(guide + " has a question of its own").hasSizeGreaterThan(5);
            assertThat(role.duties()).as(guide).hasSizeBetween(3, 10);
            assertThat(role.skills()).as(guide).hasSizeBetween(3, 12);
            assertThat(role.disruption().outlook().split("\\. ")).as(guide + " argues its score").hasSizeGreaterThanOrEqualTo(2);
            assertThat(role.draft()).as(guide + " is published").isFalse();
        }
    }

    @Test
    void convergenceRolesSitInTheTenToThirtyBand() {
        result.orThrow().roles().stream().filter(role -> CONVERGENCE.contains(role.vertical().key()))
                .forEach(role -> assertThat(role.disruption().score()).as(role.sourcePath()).isBetween(10, 30));
    }

    @Test
    void everySalaryIsSourcedAndBlsFiguresMatchTheHandbook() throws IOException {
        Map<String, Long> blsMedians = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/reference/bls-ooh-2024.tsv"))) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length == 5 && columns[2].matches("\\d+")) {
                blsMedians.put(columns[1], Long.parseLong(columns[2]));
            }
        }
        for (Role role : result.orThrow().roles()) {
            String source = role.salary().source();
            Matcher soc = Pattern.compile("SOC (\\d{2}-\\d{4})").matcher(source);
            if (source.startsWith("BLS Occupational Outlook Handbook")) {
                assertThat(soc.find()).as(role.sourcePath() + " names the SOC code").isTrue();
                assertThat(role.salary().medianUsd()).as(role.sourcePath()).isEqualTo(blsMedians.get(soc.group(1)));
                assertThat(source).as(role.sourcePath()).contains("May 2024");
                assertThat(role.salary().sourceUrl()).as(role.sourcePath()).startsWith("https://www.bls.gov/ooh/");
            } else {
                assertThat(source.toLowerCase()).as(role.sourcePath() + " says it is an estimate").contains("estimate");
                assertThat(role.salary().medianUsd() % 1000).as(role.sourcePath() + " is rounded to thousands").isZero();
            }
        }
    }

    @Test
    void everySkillTagHasOneSpelling() {
        Map<String, Set<String>> spellings = new TreeMap<>();
        result.orThrow().roles().forEach(role -> role.skillTags()
                .forEach(tag -> spellings.computeIfAbsent(tag.toLowerCase(), k -> new TreeSet<>()).add(tag)));
        assertThat(spellings.values()).allSatisfy(variants -> assertThat(variants).as("one spelling").hasSize(1));
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
