package com.decipheru.careers.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.decipheru.careers.QuietConsole;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Role;

/** Reloading builds a whole new snapshot and swaps it in; broken content never replaces good content. */
@ExtendWith({QuietConsole.class, OutputCaptureExtension.class})
class LiveCatalogueTests {

    private static final String SOC = "roles/cyber/soc-analyst.md";

    @TempDir
    Path temp;

    private ContentTree tree;
    private LiveCatalogue live;

    @BeforeEach
    void start() {
        tree = ContentTree.copyOfFixtures(temp);
        live = new LiveCatalogue(new SiteProperties(tree.root(), "http://localhost", false, false), ContentTree.CLOCK);
    }

    @Test
    void aReloadSwapsInTheChangedContent() {
        Catalogue before = live.current();
        tree.write(SOC, tree.read(SOC).replace("title: SOC Analyst", "title: Security Operations Analyst"));

        live.reload();

        assertThat(live.current()).isNotSameAs(before);
        assertThat(live.current().role("cyber", "soc-analyst")).map(Role::title).contains("Security Operations Analyst");
        assertThat(before.role("cyber", "soc-analyst")).map(Role::title).contains("SOC Analyst");
    }

    @Test
    void brokenContentKeepsTheLastGoodSnapshotAndSaysWhy(CapturedOutput output) {
        Catalogue good = live.current();
        tree.write(SOC, tree.read(SOC).replace("growth: very high", "growth: sky high"));

        live.reload();

        String problem = SOC + ":9:9: error: 'sky high' is not a growth outlook; use one of: declining, low, moderate, high,"
                + " very high (did you mean 'very high'?)";
        assertThat(live.current()).isSameAs(good);
        assertThat(live.status().servingLastLoad()).isFalse();
        assertThat(live.status().lastLoad().errors()).singleElement().asString().endsWith(problem);
        assertThat(output).containsPattern("ERROR.*LiveCatalogue.*" + java.util.regex.Pattern.quote(problem))
                .contains("Content has 1 error; still serving the content loaded at 2026-11-28 12:00:00 UTC");
    }

    @Test
    void aDeletedGuideDisappearsOnReload() {
        tree.delete("roles/cyber/penetration-tester.md");
        tree.write("roles/cyber-for-ai/ai-red-teamer.md", tree.read("roles/cyber-for-ai/ai-red-teamer.md")
                .replace("role: penetration-tester", "role: soc-analyst"));

        live.reload();

        assertThat(live.current().role("cyber", "penetration-tester")).isEmpty();
    }

    @Test
    void concurrentReadersNeverSeeAMixOfTwoVersions() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        CountDownLatch started = new CountDownLatch(4);
        writeVersion("v-first");
        live.reload();
        List<Thread> readers = java.util.stream.IntStream.range(0, 4).mapToObj(i -> new Thread(() -> {
            started.countDown();
            while (reloading.get()) {
                Catalogue snapshot = live.current();
                String tagline = snapshot.site().tagline();
                String version = tagline.substring(tagline.lastIndexOf(' ') + 1);
                snapshot.roles().stream()
                        .filter(role -> !role.summary().endsWith(version) || !role.bridge().target().title().endsWith(version))
                        .forEach(role -> mixed.add(version + " vs " + role.summary()));
                reads.incrementAndGet();
            }
        })).toList();
        readers.forEach(Thread::start);
        started.await();
        for (int round = 0; round < 40; round++) {
            writeVersion("v" + round);
            live.reload();
            assertThat(live.status().servingLastLoad()).isTrue();
        }
        reloading.set(false);
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(mixed).isEmpty();
        assertThat(reads.get()).isGreaterThan(40);
        assertThat(live.current().site().tagline()).endsWith("v39");
    }

    /** Marks every file of the content with the same version, so a mixed snapshot would show. */
    private void writeVersion(String version) {
        tree.write("site.yml", tree.read("site.yml").replaceFirst("(?m)^tagline: .*$", "tagline: Careers " + version));
        for (String file : List.of(SOC, "roles/ai/mlops-engineer.md", "roles/cyber/penetration-tester.md",
                "roles/cyber-for-ai/ai-red-teamer.md", "roles/ai-for-cyber/ai-soc-engineer.md")) {
            String text = tree.read(file)
                    .replaceFirst("(?m)^summary: >-\\n((?:  .*\\n)+)", "summary: SUMMARY\n")
                    .replaceFirst("(?m)^summary: .*$", "summary: Summary " + version)
                    .replaceFirst("(?m)^title: (.*?)( v\\d+)?$", "title: $1 " + version);
            tree.write(file, text);
        }
    }
}
