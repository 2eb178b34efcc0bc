package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems outside a single role file: site.yml, verticals, folders and file names. */
class SiteAndVerticalFileTests {

    @TempDir
    Path temp;

    private ContentTree tree;

    @BeforeEach
    void copyFixtures() {
        tree = ContentTree.copyOfFixtures(temp);
    }

    @Test
    void aMissingSiteFileIsAnError() {
        tree.delete("site.yml");

        assertThat(tree.problems()).containsExactly("site.yml:1:1: error: site.yml is missing; it holds the site's name and shared texts");
    }

    @Test
    void theDisruptionScaleMustCoverEveryScore() {
        tree.write("site.yml", tree.read("site.yml").replace("max: 100", "max: 90"));

        assertThat(tree.problems())
                .containsExactly("site.yml:4:3: error: the last disruption band must have 'max: 100' so every score has a label");
    }

    @Test
    void anUnknownSiteFieldIsRejected() {
        tree.write("site.yml", tree.read("site.yml").replace("tagline:", "tagine: x\ntagline:"));

        assertThat(tree.problems()).containsExactly("site.yml:2:1: error: unknown field 'tagine' (did you mean 'tagline'?)");
    }

    @Test
    void twoVerticalsCannotShareAPosition() {
        tree.write("verticals/cyber.md", tree.read("verticals/cyber.md").replace("order: 2", "order: 1"));

        assertThat(tree.problems()).containsExactly("verticals/cyber.md:4:8: error: order 1 is already used by vertical 'ai';"
                + " each vertical needs its own position");
    }

    @Test
    void aVerticalNeedsAName() {
        tree.write("verticals/ai.md", tree.read("verticals/ai.md").replace("name: Applied AI\n", ""));

        assertThat(tree.problems()).containsExactly("verticals/ai.md:1:1: error: missing required field 'name'");
    }

    @Test
    void aGuideFileNameMustBeAValidSlug() {
        tree.write("roles/ai/Data_Scientist.md", tree.read("roles/ai/mlops-engineer.md"));

        assertThat(tree.problems()).contains("roles/ai/Data_Scientist.md:1:1: error: file name 'Data_Scientist' may only use"
                + " lower-case letters, digits and hyphens (rename it to 'data-scientist')");
    }

    @Test
    void aGuideOutsideAVerticalFolderIsAnError() {
        tree.write("roles/loose.md", tree.read("roles/ai/mlops-engineer.md"));

        assertThat(tree.problems())
                .containsExactly("roles/loose.md:1:1: error: a guide must sit in a vertical folder: roles/<vertical>/<slug>.md");
    }

    @Test
    void otherFilesAreIgnoredWithAWarningAndHiddenFilesSilently() {
        tree.write("roles/ai/notes.txt", "notes");
        tree.write("roles/ai/.mlops-engineer.md.swp", "swap");

        LoadResult result = tree.load();

        assertThat(tree.problems()).containsExactly("roles/ai/notes.txt:1:1: warning: ignored: only .md files are read here");
        assertThat(result.catalogue()).isPresent();
    }

    @Test
    void aBomAndCrlfLineEndingsAreAccepted() {
        String crlf = "\uFEFF" + tree.read("roles/cyber-for-ai/ai-red-teamer.md").replace("\n", "\r\n");
        tree.write("roles/cyber-for-ai/ai-red-teamer.md", crlf);

        assertThat(tree.problems()).isEmpty();
    }

    @Test
    void aFileOverOneMebibyteIsRejectedWithoutReadingIt() {
        tree.write("roles/ai/huge.md", "---\n" + "x".repeat(1024 * 1024) + "\n---\n");

        assertThat(tree.problems()).containsExactly("roles/ai/huge.md:1:1: error: file is larger than 1 MiB; split it or trim it");
    }

    @Test
    void aPublishedGuideCannotBridgeToADraft() {
        String pentester = "roles/cyber/penetration-tester.md";
        tree.write(pentester, tree.read(pentester).replace("last_reviewed:", "draft: true\nlast_reviewed:"));

        assertThat(tree.problems()).containsExactly("roles/cyber-for-ai/ai-red-teamer.md:27:9: error: bridge.role"
                + " 'penetration-tester' is a draft; a published guide cannot bridge to it until it is published");
    }
}
