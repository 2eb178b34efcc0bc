package com.decipheru.careers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.decipheru.careers.QuietConsole;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Role;

/** Saving, adding, deleting or renaming content reloads the site on its own. Latency is measured in bench/. */
@ExtendWith({QuietConsole.class, OutputCaptureExtension.class})
class ContentWatcherTests {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private ContentTree tree;
    private LiveCatalogue live;
    private ContentWatcher watcher;

    @BeforeEach
    void start() {
        tree = ContentTree.copyOfFixtures(temp);
        live = new LiveCatalogue(new SiteProperties(tree.root(), "http://localhost", false, true), ContentTree.CLOCK);
        watcher = new ContentWatcher(live);
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.stop();
    }

    @Test
    void aSavedChangeIsServedWithoutARestart() {
        String soc = "roles/cyber/soc-analyst.md";
        tree.write(soc, tree.read(soc).replace("title: SOC Analyst", "title: SOC Analyst II"));

        await().atMost(PATIENCE).until(() -> title("cyber", "soc-analyst").equals("SOC Analyst II"));
    }

    @Test
    void aGuideInANewFolderIsPickedUp() {
        tree.write("roles/ai-for-cyber/detection-engineer.md", tree.read("roles/ai-for-cyber/ai-soc-engineer.md")
                .replace("title: AI SOC Engineer", "title: ML Detection Engineer").replace("draft: true\n", "")
                .replace("aliases: [/careers/ai-soc-engineer]\n", ""));
        await().atMost(PATIENCE).until(() -> live.current().role("ai-for-cyber", "detection-engineer").isPresent());
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodContentThenAFixIsServed(CapturedOutput output) throws Exception {
        String soc = "roles/cyber/soc-analyst.md";
        String good = tree.read(soc);
        tree.write(soc, good.replace("growth: very high", "growth: sky high"));
        await().atMost(PATIENCE).until(() -> !live.status().servingLastLoad());
        assertThat(title("cyber", "soc-analyst")).isEqualTo("SOC Analyst");
        assertThat(output).contains(soc + ":9:9: error: 'sky high' is not a growth outlook", "Content has 1 error;");

        tree.write(soc, good.replace("title: SOC Analyst", "title: Fixed SOC Analyst"));
        await().atMost(PATIENCE).until(() -> title("cyber", "soc-analyst").equals("Fixed SOC Analyst"));
        assertThat(live.status().servingLastLoad()).isTrue();
    }

    @Test
    void aRenamedGuideMovesToItsNewAddress() throws Exception {
        Files.move(tree.root().resolve("roles/cyber-for-ai/ai-red-teamer.md"), tree.root().resolve("roles/cyber-for-ai/llm-red-teamer.md"));
        String pentester = "roles/cyber/penetration-tester.md";
        tree.write(pentester, tree.read(pentester).replace("role: ai-red-teamer", "role: llm-red-teamer"));

        await().atMost(PATIENCE).until(() -> live.current().role("cyber-for-ai", "llm-red-teamer").isPresent());
        assertThat(live.current().role("cyber-for-ai", "ai-red-teamer")).isEmpty();
    }

    private String title(String vertical, String slug) {
        return live.current().role(vertical, slug).map(Role::title).orElse("");
    }
}
