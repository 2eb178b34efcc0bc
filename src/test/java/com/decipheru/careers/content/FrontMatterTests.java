package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FrontMatterTests {

    private final List<ContentProblem> problems = new ArrayList<>();
    private final FileProblems file = new FileProblems("x.md", problems);

    @Test
    void splitsYamlFromBodyAndRemembersWhereEachStarts() {
        FrontMatter front = FrontMatter.split("---\ntitle: A\nsummary: B\n---\n## Body\n", file).orElseThrow();

        assertThat(front.yaml()).isEqualTo("title: A\nsummary: B");
        assertThat(front.yamlFirstLine()).isEqualTo(2);
        assertThat(front.body()).isEqualTo("## Body\n");
        assertThat(front.bodyFirstLine()).isEqualTo(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void acceptsByteOrderMarkAndCrlfLineEndings() {
        byte[] bytes = "\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Optional<FrontMatter> front = SourceText.decode(bytes, file).flatMap(text -> FrontMatter.split(text, file));

        assertThat(front).map(FrontMatter::yaml).contains("title: A");
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsMissingFrontMatter() {
        assertThat(FrontMatter.split("title: A\n", file)).isEmpty();
        assertThat(problems).map(ContentProblem::toString)
                .containsExactly("x.md:1:1: error: missing front matter: the first line must be '---'");
    }

    @Test
    void reportsUnterminatedFrontMatter() {
        assertThat(FrontMatter.split("---\ntitle: A\n", file)).isEmpty();
        assertThat(problems).map(ContentProblem::toString)
                .containsExactly("x.md:1:1: error: unterminated front matter: no closing '---' line");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(FrontMatter.split("  \n", file)).isEmpty();
        assertThat(problems).map(ContentProblem::message).singleElement().asString().startsWith("file is empty");
    }

    @Test
    void reportsBytesThatAreNotUtf8AtTheirLineAndColumn() {
        byte[] bytes = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, 't', 'e', '\n'};

        assertThat(SourceText.decode(bytes, file)).isEmpty();
        assertThat(problems).map(ContentProblem::toString)
                .containsExactly("x.md:2:4: error: file is not valid UTF-8; save it with UTF-8 encoding");
    }
}
