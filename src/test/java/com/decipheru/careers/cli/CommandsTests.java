package com.decipheru.careers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.decipheru.careers.content.ContentTree;

/** The validate and new-role commands: output, exit codes, and no web server. */
class CommandsTests {

    private static final String RED_TEAMER = "roles/cyber-for-ai/ai-red-teamer.md";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ContentTree tree;

    @BeforeEach
    void copyFixtures() {
        tree = ContentTree.copyOfFixtures(temp.resolve("content"));
    }

    @Test
    void noCommandMeansServeTheSite() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9000")).isEmpty();
    }

    @Test
    void helpPrintsTheUsageOfTheJarInsteadOfStartingTheServer() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}, {"--server.port=9000", "--help"}}) {
            out.reset();
            assertThat(run(args)).as(String.join(" ", args)).hasValue(0);
            assertThat(stdout()).isEqualTo(Commands.USAGE + "\n");
        }
        assertThat(Commands.USAGE).contains("validate [DIR]", "new-role <vertical> <slug>", "export [OUT_DIR]", "SITE_BASE_URL",
                "SITE_CONTENT_DIR", "SERVER_PORT");
    }

    @Test
    void eachCommandPrintsItsOwnUsage() {
        for (String[] args : new String[][] {{"validate", "--help"}, {"validate", root(), "-h"}, {"help", "validate"}}) {
            out.reset();
            assertThat(run(args)).as(String.join(" ", args)).hasValue(0);
            assertThat(stdout()).isEqualTo(ValidateCommand.USAGE + "\n");
        }
        out.reset();
        assertThat(run("new-role", "--help")).hasValue(0);
        assertThat(stdout()).isEqualTo(NewRoleCommand.USAGE + "\n");
        out.reset();
        assertThat(run("help", "new-role")).hasValue(0);
        assertThat(stdout()).isEqualTo(NewRoleCommand.USAGE + "\n");
        assertThat(run("help", "frobnicate")).hasValue(2);
        assertThat(stderr()).contains("unknown command 'frobnicate'");
    }

    @Test
    void validateExitsZeroAndSummarisesCleanContent() {
        assertThat(run("validate", root())).hasValue(0);
        assertThat(stdout()).isEqualTo("0 errors, 0 warnings in 10 files\n");
    }

    @Test
    void validatePrintsEveryProblemSortedThenASummaryAndExitsOne() {
        tree.write(RED_TEAMER, tree.read(RED_TEAMER).replace("growth: high\n", "growth: high\nsalery: 1\n")
                .replace("score: 15", "score: 150").replace("  source: Market estimate", "  source: Market figure"));

        assertThat(run("validate", root())).hasValue(1);
        assertThat(stdout()).isEqualTo(String.join("\n",
                root() + "/" + RED_TEAMER + ":7:11: warning: salary.source_url is missing; link the source, or say"
                        + " 'estimate' in salary.source when the figure is a market estimate",
                root() + "/" + RED_TEAMER + ":9:1: error: unknown field 'salery' (did you mean 'salary'?)",
                root() + "/" + RED_TEAMER + ":11:10: error: 'ai_disruption.score' must be 0 to 100, not 150",
                "2 errors, 1 warning in 10 files", ""));
    }

    @Test
    void validateCanPrintGithubAnnotations() {
        tree.write(RED_TEAMER, tree.read(RED_TEAMER).replace("growth: high\n", "growth: high\nsalery: 1\n"));

        assertThat(run("validate", "--format=github", root())).hasValue(1);
        assertThat(stdout()).isEqualTo("::error file=" + root() + "/" + RED_TEAMER + ",line=9,col=1::unknown field 'salery'"
                + " (did you mean 'salary'?)\n1 error, 0 warnings in 10 files\n");
    }

    @Test
    void githubAnnotationsEscapeWhatGithubWouldMisread() {
        var problem = new com.decipheru.careers.content.ContentProblem("a,b:c.md", 2, 3,
                com.decipheru.careers.content.ContentProblem.Severity.WARNING, "100% sure\nreally");

        assertThat(ValidateCommand.annotation(problem)).isEqualTo("::warning file=a%2Cb%3Ac.md,line=2,col=3::100%25 sure%0Areally");
    }

    @Test
    void validateRejectsUnknownArguments() {
        assertThat(run("validate", "--format=xml", root())).hasValue(2);
        assertThat(run("validate", root(), "extra")).hasValue(2);
        assertThat(run("frobnicate")).hasValue(2);
        assertThat(stderr()).contains("unknown format 'xml'", "unexpected argument 'extra'", "unknown command 'frobnicate'");
    }

    @Test
    void validateReportsAMissingFolderByItsAbsolutePathAndHowToSetIt() {
        assertThat(run("validate", "no/such/content")).hasValue(1);
        assertThat(stdout()).startsWith("no/such/content:1:1: error: content folder not found at "
                + Path.of("no/such/content").toAbsolutePath() + "; set SITE_CONTENT_DIR or --site.content-dir=PATH"
                + " (validate and new-role take it as DIR), or start from the folder that holds it\n")
                .endsWith("1 error, 0 warnings in 0 files\n");
    }

    @Test
    void newRoleWritesADraftWithEveryFieldThatValidates() throws Exception {
        assertThat(run("new-role", "ai", "data-scientist", root())).hasValue(0);
        Path file = Path.of(root(), "roles/ai/data-scientist.md");
        String text = Files.readString(file);

        assertThat(text).contains("title: Data Scientist", "draft: true", "role: ai-red-teamer", "last_reviewed: 2026-11-28");
        for (String field : java.util.List.of("title", "specialty", "summary", "article", "salary", "median_usd", "source",
                "source_url", "growth", "ai_disruption", "score", "outlook", "forecast", "entry_level", "experience",
                "entry_path", "duties", "skills", "skill_tags", "certifications", "bridge", "role", "shared", "retention",
                "compensation_note", "faq", "question", "answer", "last_reviewed", "aliases", "draft")) {
            assertThat(text).as(field + " is written with a comment that explains it")
                    .containsPattern("(?m)^[ #]*(- )?" + field + ":[^#\\n]*#\\s*\\S");
        }
        out.reset();
        assertThat(run("validate", root())).hasValue(0);
        assertThat(stdout()).endsWith("0 errors, 1 warning in 11 files\n").contains("placeholder 'TODO' left in the guide");
    }

    @Test
    void newRoleRefusesToOverwrite() throws Exception {
        String before = tree.read(RED_TEAMER);

        assertThat(run("new-role", "cyber-for-ai", "ai-red-teamer", root())).hasValue(1);
        assertThat(stderr()).contains("already exists; it was not overwritten");
        assertThat(tree.read(RED_TEAMER)).isEqualTo(before);
    }

    @Test
    void newRoleChecksTheVerticalAndTheSlug() {
        assertThat(run("new-role", "aii", "x", root())).hasValue(1);
        assertThat(run("new-role", "ai", "Data_Scientist", root())).hasValue(1);
        assertThat(stderr()).contains("there is no vertical 'aii'", "(did you mean 'ai'?)", "rename it to 'data-scientist'");
    }

    private OptionalInt run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ContentTree.CLOCK, java.util.Map.of());
    }

    private String root() {
        return tree.root().toString();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
