package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken guide per class of problem, under {@code fixtures/broken-roles}: each {@code x.md} replaces
 * the AI Red Teamer guide of the fixtures, and {@code x.expected} lists exactly what must be reported
 * about it ({@code line:col: severity: message}).
 */
class BrokenRoleFixturesTests {

    private static final Path CASES = Path.of("src/test/resources/fixtures/broken-roles");
    private static final String TARGET = "roles/cyber-for-ai/ai-red-teamer.md";

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    /** Each class of problem a guide can have, and the cases that show it. */
    static final Map<String, List<String>> CLASSES_OF_PROBLEM = new LinkedHashMap<>();
    static {
        CLASSES_OF_PROBLEM.put("the file itself", List.of("empty-file", "not-utf8", "missing-front-matter",
                "unterminated-front-matter"));
        CLASSES_OF_PROBLEM.put("YAML syntax", List.of("invalid-yaml", "duplicate-key", "yaml-anchors",
                "front-matter-not-a-mapping"));
        CLASSES_OF_PROBLEM.put("unknown fields", List.of("unknown-field", "unknown-field-with-mapping", "unknown-nested-field"));
        CLASSES_OF_PROBLEM.put("wrong types", List.of("wrong-type-score", "decimal-score", "number-for-boolean",
                "text-for-list", "scalar-for-mapping", "invalid-date"));
        CLASSES_OF_PROBLEM.put("missing and empty values", List.of("missing-title", "missing-nested-field", "empty-value",
                "empty-list-item"));
        CLASSES_OF_PROBLEM.put("values out of range", List.of("score-out-of-range", "negative-salary", "summary-too-long",
                "too-few-duties", "too-many-certifications", "unknown-growth", "invalid-article", "future-review-date"));
        CLASSES_OF_PROBLEM.put("warnings", List.of("missing-source-url", "stale-review-date", "placeholder-left",
                "bridge-not-returned"));
        CLASSES_OF_PROBLEM.put("bridges", List.of("bridge-unknown", "bridge-same-vertical"));
        CLASSES_OF_PROBLEM.put("aliases", List.of("malformed-alias", "alias-of-a-page", "alias-reserved", "alias-taken"));
        CLASSES_OF_PROBLEM.put("links", List.of("broken-internal-link", "broken-link-in-faq-answer", "link-to-a-redirect",
                "relative-and-script-links"));
        CLASSES_OF_PROBLEM.put("several at once", List.of("several-problems"));
    }

    @Test
    void thereIsACaseForEveryClassOfProblemAndEveryCaseHasAClass() throws IOException {
        List<String> listed = CLASSES_OF_PROBLEM.values().stream().flatMap(List::stream).sorted().toList();

        assertThat(cases().toList()).as("fixtures in " + CASES).containsExactlyElementsOf(listed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblemsAtTheirLineAndColumn(String name) throws IOException {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        tree.write(TARGET, Files.readAllBytes(CASES.resolve(name + ".md")));
        List<String> expected = Files.readAllLines(CASES.resolve(name + ".expected")).stream()
                .filter(line -> !line.isBlank()).toList();

        List<String> reported = tree.problems().stream()
                .filter(problem -> problem.startsWith(TARGET + ":"))
                .map(problem -> problem.substring(TARGET.length() + 1))
                .toList();

        assertThat(reported).as(name).containsExactlyElementsOf(expected);
        assertThat(expected).as("a case must expect at least one problem").isNotEmpty();
    }
}
