package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersHeadingsWithAnchorsParagraphsAndLists() {
        assertThat(markdown.render("## A day in the role\n\nTriage **alerts**.\n\n- one\n- two\n", 1).html()).isEqualTo("""
                <h2 id="a-day-in-the-role">A day in the role</h2>
                <p>Triage <strong>alerts</strong>.</p>
                <ul>
                <li>one</li>
                <li>two</li>
                </ul>
                """);
    }

    @Test
    void rendersTables() {
        assertThat(markdown.render("| Tier | Work |\n|---|---|\n| 1 | Triage |\n", 1).html()).isEqualTo("""
                <table class="table">
                <thead>
                <tr><th>Tier</th><th>Work</th></tr>
                </thead>
                <tbody>
                <tr><td>1</td><td>Triage</td></tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        assertThat(markdown.render("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n", 1).html())
                .isEqualTo("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
    }

    @Test
    void dropsScriptLinksWhateverTheirCase() {
        assertThat(markdown.render("[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](https://example.org)\n", 1).html())
                .isEqualTo("<p>a b <a href=\"https://example.org\">c</a></p>\n");
    }
}
