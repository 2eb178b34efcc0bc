package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** A plain one-line paragraph is written without a parse, and the HTML is exactly what Flexmark writes. */
class PlainParagraphTests {

    private static final MutableDataSet OPTIONS = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Every answer written in the real content and the fixtures, and text chosen to look almost like markup. */
    static Stream<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Plain \"quoted\" text, it's $5 (yes) ok.", "a 'b' c — d é 100% sure",
                "trailing space  ", "ends with a colon: x", "3/4 of them; a - b + c = d", "Ends.", "x", "No. Yes.",
                "emoji 🙂 and ½", "price $170K"));
        Pattern answer = Pattern.compile("(?m)^ {4}answer: >-\\n((?: {6}.*\\n)+)|^ {4}answer: (\\S.*)$");
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/fixtures/content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Matcher m = answer.matcher(Files.readString(file));
                    while (m.find()) {
                        texts.add(m.group(1) != null ? m.group(1).strip().replaceAll("\\s*\\n\\s*", " ") : m.group(2));
                    }
                }
            }
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aPlainParagraphIsWrittenExactlyAsFlexmarkWritesIt(String text) {
        if (MarkdownRenderer.isPlainParagraph(text)) {
            assertThat(markdown.render(text, 1).html()).isEqualTo(FLEXMARK.render(PARSER.parse(text)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ttab", "1. a list", "- item", "# heading", "> quote", "    code", "**bold**", "snake_case",
        "a [link](/x)", "AT&T", "<b>", "C# and F#", "a | b", "~~gone~~", "x\\y", "`code`", "!image", "=== x", "two\nlines", ""})
    void anythingThatMayBeMarkupIsParsed(String text) {
        assertThat(MarkdownRenderer.isPlainParagraph(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain \"quoted\" text, it's $5.", "No. Most hiring managers ask for evidence.", "trailing  "})
    void ordinarySentencesArePlain(String text) {
        assertThat(MarkdownRenderer.isPlainParagraph(text)).isTrue();
    }
}
