package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and checking one role file; the fixture's line numbers are given in the comments. */
class RoleFileTests {

    private static final String FILE = "roles/cyber-for-ai/ai-red-teamer.md";

    @TempDir
    Path temp;

    private ContentTree tree;
    private String good;

    @BeforeEach
    void copyFixtures() {
        tree = ContentTree.copyOfFixtures(temp);
        good = tree.read(FILE);
    }

    @Test
    void theFixturesLoadWithoutAnyProblem() {
        LoadResult result = tree.load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue()).isPresent();
        assertThat(result.fileCount()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "specialty", "summary", "salary", "growth", "ai_disruption", "entry_level",
            "experience", "entry_path", "duties", "skills", "skill_tags", "certifications", "bridge", "last_reviewed"})
    void eachMissingRequiredFieldIsNamedAtTheStartOfTheFrontMatter(String field) {
        tree.write(FILE, withoutField(good, field));

        assertThat(tree.problems()).containsExactly(FILE + ":1:1: error: missing required field '" + field + "'");
    }

    @Test
    void aMissingNestedFieldIsReportedAtItsParentKey() {
        tree.write(FILE, good.replace("  median_usd: 185000\n", ""));

        assertThat(tree.problems()).containsExactly(FILE + ":5:1: error: missing required field 'salary.median_usd'");
    }

    @Test
    void anEmptyValueIsReportedAtItsKey() {
        tree.write(FILE, good.replace("experience: 3-6 years", "experience:"));

        assertThat(tree.problems()).containsExactly(FILE + ":14:1: error: field 'experience' is empty");
    }

    @Test
    void anUnknownFieldIsRejectedWithASuggestion() {
        tree.write(FILE, good.replace("growth: high\n", "growth: high\nsalery: 1\n"));

        assertThat(tree.problems()).containsExactly(FILE + ":9:1: error: unknown field 'salery' (did you mean 'salary'?)");
    }

    @Test
    void anUnknownNestedFieldIsRejectedAtItsOwnLine() {
        tree.write(FILE, good.replace("  source: Market", "  sorce: x\n  source: Market"));

        assertThat(tree.problems()).containsExactly(FILE + ":7:3: error: unknown field 'sorce' (did you mean 'source'?)");
    }

    @Test
    void anUnknownFieldHoldingAMappingIsReportedAtItsKey() {
        tree.write(FILE, good.replace("growth: high\n", "growth: high\nsalery:\n  median_usd: 5\n"));

        assertThat(tree.problems()).containsExactly(FILE + ":9:1: error: unknown field 'salery' (did you mean 'salary'?)");
    }

    @Test
    void anUnknownFieldIsLocatedUnderTheMappingThatDoesNotKnowIt() {
        tree.write(FILE, good.replace("  source: Market", "  title: x\n  source: Market"));

        assertThat(tree.problems()).containsExactly(FILE + ":7:3: error: unknown field 'title'");
    }

    @Test
    void aScalarWhereAMappingBelongsIsReportedAndCheckingGoesOn() {
        tree.write(FILE, good.replace("salary:\n  median_usd: 185000\n  source: Market estimate from job postings, 2026\n",
                "salary: 185000\n").replace("score: 15", "score: 15.5"));

        assertThat(tree.problems()).containsExactly(
                FILE + ":5:9: error: 'salary' must be a mapping of fields, not a number",
                FILE + ":8:10: error: 15.5 is not a whole number for 'ai_disruption.score'");
    }

    @Test
    void aNumberIsNotABoolean() {
        tree.write(FILE, good.replace("entry_level: false", "entry_level: 1"));

        assertThat(tree.problems()).containsExactly(FILE + ":13:14: error: 1 is not true or false for 'entry_level'");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        tree.write(FILE, good.replace("score: 15", "score: high"));

        assertThat(tree.problems())
                .containsExactly(FILE + ":10:10: error: 'high' is not a whole number for 'ai_disruption.score'");
    }

    @Test
    void aGrowthOutsideTheScaleSuggestsTheClosestLabel() {
        tree.write(FILE, good.replace("growth: high", "growth: very hihg"));

        assertThat(tree.problems()).containsExactly(FILE + ":8:9: error: 'very hihg' is not a growth outlook; use one of:"
                + " declining, low, moderate, high, very high (did you mean 'very high'?)");
    }

    @Test
    void rangesAndLengthsAreChecked() {
        tree.write(FILE, good.replace("score: 15", "score: 150")
                .replace("median_usd: 185000", "median_usd: 0")
                .replace("summary: An AI", "summary: " + "x".repeat(300) + " An AI"));

        assertThat(tree.problems()).containsExactly(
                FILE + ":4:10: error: 'summary' is 393 characters; keep it to 300",
                FILE + ":6:15: error: 'salary.median_usd' must be more than 0",
                FILE + ":10:10: error: 'ai_disruption.score' must be 0 to 100, not 150");
    }

    @Test
    void listSizesAreChecked() {
        tree.write(FILE, good.replace("  - Write findings that engineers can act on\n  - Build repeatable attack harnesses\n", ""));

        assertThat(tree.problems()).containsExactly(FILE + ":17:3: error: 'duties' has 1 item; it needs 3 to 10");
    }

    @Test
    void aDuplicateKeyIsAnError() {
        tree.write(FILE, good.replace("growth: high\n", "growth: high\ngrowth: low\n"));

        assertThat(tree.problems()).containsExactly(FILE + ":9:1: error: duplicate key 'growth'; each field may appear once");
    }

    @Test
    void aFutureReviewDateIsAnError() {
        tree.write(FILE, good.replace("last_reviewed: 2026-10-01", "last_reviewed: 2027-01-01"));

        assertThat(tree.problems()).containsExactly(FILE + ":30:16: error: 'last_reviewed' 2027-01-01 is in the future");
    }

    @Test
    void anInvalidDateIsAnError() {
        tree.write(FILE, good.replace("last_reviewed: 2026-10-01", "last_reviewed: 2026-02-30"));

        assertThat(tree.problems())
                .containsExactly(FILE + ":30:16: error: '2026-02-30' is not a valid date (YYYY-MM-DD) for 'last_reviewed'");
    }

    @Test
    void invalidYamlIsReportedWhereItBreaks() {
        tree.write(FILE, good.replace("specialty: Offensive Security", "specialty: [Offensive"));

        assertThat(tree.problems()).singleElement().asString().startsWith(FILE + ":4:").contains("error: invalid YAML");
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRunSortedByPathAndLine() {
        tree.write(FILE, good.replace("growth: high\n", "growth: high\nsalery: 1\n").replace("title: AI Red Teamer\n", ""));
        tree.write("roles/ai/mlops-engineer.md", tree.read("roles/ai/mlops-engineer.md").replace("score: 25", "score: -1"));

        assertThat(tree.problems()).containsExactly(
                "roles/ai/mlops-engineer.md:12:10: error: 'ai_disruption.score' must be 0 to 100, not -1",
                FILE + ":1:1: error: missing required field 'title'",
                FILE + ":8:1: error: unknown field 'salery' (did you mean 'salary'?)");
    }

    /** The text without a top-level field: its line and any indented lines under it. */
    static String withoutField(String text, String field) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(field + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && (line.startsWith(" ") || line.startsWith("- "))) {
                continue;
            }
            skipping = false;
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
