package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.decipheru.careers.content.ContentLoadException;
import com.decipheru.careers.content.ContentTree;

/** Broken content stops startup with every problem listed; the server never serves a half-empty site. */
@ExtendWith({QuietConsole.class, OutputCaptureExtension.class})
class StartupTests {

    @TempDir
    Path temp;

    @Test
    void brokenContentStopsStartupWithLocatedProblems(CapturedOutput output) {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        String file = "roles/cyber-for-ai/ai-red-teamer.md";
        tree.write(file, tree.read(file).replace("growth: high", "growth: high\nsalery: 1"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(CareerGuideApplication.class)
                .run("--site.content-dir=" + tree.root(), "--server.port=0", "--server.address=127.0.0.1").close())
                .hasRootCauseInstanceOf(ContentLoadException.class)
                .rootCause()
                .hasMessageContaining(tree.root().normalize() + "/" + file + ":9:1: error: unknown field 'salery'"
                        + " (did you mean 'salary'?)");
        assertThat(output).contains("APPLICATION FAILED TO START", "The content has 1 error:",
                file + ":9:1: error: unknown field 'salery'", "Fix the files named above");
        assertThat(output.getOut()).as("the problems, not a stack trace").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
    }

    @Test
    void aMissingContentFolderStopsStartupWithAHint(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CareerGuideApplication.class)
                .run("--site.content-dir=" + temp.resolve("missing"), "--server.port=0", "--server.address=127.0.0.1")
                .close())
                .rootCause()
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("content folder not found at " + temp.resolve("missing") + "; set SITE_CONTENT_DIR or"
                        + " --site.content-dir=PATH");
        assertThat(output).contains("APPLICATION FAILED TO START", "content folder not found at " + temp.resolve("missing"));
    }

    @Test
    void theFailureReportListsTheProblemsWithoutAStackTrace() {
        ContentLoadException failure = new ContentLoadException(java.util.List.of(new com.decipheru.careers.content.ContentProblem(
                "content/roles/ai/x.md", 12, 3, com.decipheru.careers.content.ContentProblem.Severity.ERROR, "unknown field 'salery'")));

        var analysis = new com.decipheru.careers.content.ContentFailureAnalyzerAccess().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("The content has 1 error:\n\ncontent/roles/ai/x.md:12:3: error: unknown field 'salery'");
        assertThat(analysis.getAction()).contains("Fix the files named above");
    }
}
