package com.decipheru.careers.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to HTML, once per file at load time. One parser and one renderer are shared: both are
 * thread-safe. Raw HTML written by an editor is escaped, never passed through.
 */
final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean html;

    /** A renderer that writes HTML. */
    MarkdownRenderer() {
        this(true);
    }

    /**
     * @param html false when only the links are wanted (checking content without publishing it), which
     *     saves the rendering
     */
    MarkdownRenderer(boolean html) {
        this.html = html;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data):.*");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        // Flexmark fills a static pattern cache, unsynchronised, the first time it parses: fill it here,
        // on one thread, before guides are parsed in parallel.
        renderer.render(parser.parse(WARM_UP));
    }

    private static final String WARM_UP = """
            # Heading
            A *paragraph* with **strong**, `code`, a [link](/x "t"), an <https://example.org> autolink and ![alt](/i.png).

            > quote

            1. one
            - two

                indented code

            ```
            fenced
            ```

            | a | b |
            |---|---|
            | 1 | 2 |

            [ref]: /y
            ***
            """;

    /** HTML and the links it holds, from one parse. */
    record Rendered(String html, List<MarkdownLink> links) {
    }

    /** The HTML and every link and image, located as if the text started at {@code firstLine} of its file. */
    Rendered render(String markdown, int firstLine) {
        if (isPlainParagraph(markdown)) {
            return new Rendered(html ? "<p>" + markdown.stripTrailing().replace("\"", "&quot;") + "</p>\n" : "", List.of());
        }
        Document document = parser.parse(markdown);
        return new Rendered(html ? renderer.render(document) : "", links(document, markdown, firstLine));
    }

    /**
     * True for one line of text with nothing Markdown would read as markup: most answers to questions are
     * such a paragraph, and writing it directly gives exactly Flexmark's HTML without a parse.
     */
    static boolean isPlainParagraph(String markdown) {
        if (markdown.isEmpty() || Character.isWhitespace(markdown.charAt(0)) || "-+>=".indexOf(markdown.charAt(0)) >= 0
                || Character.isDigit(markdown.charAt(0))) {
            return false;
        }
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c < ' ' || MARKUP.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Characters that can start inline markup, an entity, an HTML tag or a table cell. */
    private static final String MARKUP = "\\`*_[]<>!&#|~";

    private static List<MarkdownLink> links(Document document, String markdown, int firstLine) {
        List<MarkdownLink> links = new ArrayList<>();
        LineIndex lines = new LineIndex(markdown);
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> links.add(lines.link(link.getUrl().toString(), link.getStartOffset(), firstLine))),
                new VisitHandler<>(Image.class, image -> links.add(lines.link(image.getUrl().toString(), image.getStartOffset(), firstLine))),
                new VisitHandler<>(AutoLink.class, auto -> links.add(lines.link(auto.getUrl().toString(), auto.getStartOffset(), firstLine))))
                .visit(document);
        return links;
    }

    /** Where each line of a text starts, so a link's line is found by binary search, not by rescanning the text. */
    private static final class LineIndex {

        private final int[] starts;

        LineIndex(String text) {
            int[] found = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        MarkdownLink link(String url, int offset, int firstLine) {
            int line = Arrays.binarySearch(starts, offset);
            line = line >= 0 ? line : -line - 2;
            return new MarkdownLink(url, new Location(firstLine + line, offset - starts[line] + 1));
        }
    }
}
