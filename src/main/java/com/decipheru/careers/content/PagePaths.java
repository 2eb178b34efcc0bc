package com.decipheru.careers.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.decipheru.careers.role.Role;

/** The addresses of the pages the content defines: home, hubs and published guides, and drafts apart. */
record PagePaths(Set<String> published, Set<String> drafts) {

    static PagePaths of(Set<String> verticalKeys, List<RoleDraft> roles) {
        Set<String> published = new TreeSet<>(Set.of("/"));
        Set<String> drafts = new TreeSet<>();
        verticalKeys.forEach(key -> published.add("/" + key + "/careers"));
        roles.forEach(role -> (role.isDraft() ? drafts : published).add(Role.pathOf(role.verticalKey(), role.slug())));
        return new PagePaths(Set.copyOf(published), Set.copyOf(drafts));
    }

    boolean contains(String path) {
        return published.contains(path) || drafts.contains(path);
    }
}
