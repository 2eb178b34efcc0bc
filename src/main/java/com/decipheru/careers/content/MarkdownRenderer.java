package com.decipheru.careers.content;

import java.util.ArrayList;
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

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data):.*");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** HTML and the links it holds, from one parse. */
    record Rendered(String html, List<MarkdownLink> links) {
    }

    /** The HTML and every link and image, located as if the text started at {@code firstLine} of its file. */
    Rendered render(String markdown, int firstLine) {
        Document document = parser.parse(markdown);
        return new Rendered(renderer.render(document), links(document, markdown, firstLine));
    }

    private static List<MarkdownLink> links(Document document, String markdown, int firstLine) {
        List<MarkdownLink> links = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> links.add(at(markdown, link.getUrl().toString(), link.getStartOffset(), firstLine))),
                new VisitHandler<>(Image.class, image -> links.add(at(markdown, image.getUrl().toString(), image.getStartOffset(), firstLine))),
                new VisitHandler<>(AutoLink.class, auto -> links.add(at(markdown, auto.getUrl().toString(), auto.getStartOffset(), firstLine))))
                .visit(document);
        return links;
    }

    private static MarkdownLink at(String text, String url, int offset, int firstLine) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MarkdownLink(url, new Location(line, offset - lineStart + 1));
    }
}
