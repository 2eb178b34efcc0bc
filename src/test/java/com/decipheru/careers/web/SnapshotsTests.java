package com.decipheru.careers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;

import com.decipheru.careers.content.ContentTree;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.runtime.SiteProperties;

/** A request is served from one snapshot from start to end, even when a reload lands in the middle. */
class SnapshotsTests {

    private static final String SOC = "roles/cyber/soc-analyst.md";

    @TempDir
    Path temp;

    @Test
    void aRequestKeepsTheSnapshotItStartedWithAcrossAReload() {
        ContentTree tree = ContentTree.copyOfFixtures(temp);
        LiveCatalogue live = new LiveCatalogue(new SiteProperties(tree.root(), "http://localhost", false, false),
                ContentTree.CLOCK);
        MockHttpServletRequest during = new MockHttpServletRequest("GET", "/cyber/careers/soc-analyst");
        Catalogue first = Snapshots.pinned(during, live);

        tree.write(SOC, tree.read(SOC).replace("title: SOC Analyst", "title: Security Operations Analyst"));
        live.reload();

        assertThat(live.current()).isNotSameAs(first);
        assertThat(Snapshots.pinned(during, live)).isSameAs(first);
        assertThat(Snapshots.pinned(new MockHttpServletRequest("GET", "/"), live)).isSameAs(live.current());
    }
}
