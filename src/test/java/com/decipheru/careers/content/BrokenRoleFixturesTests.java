package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void thereIsACaseForEveryClassOfProblem() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
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
