package com.decipheru.careers.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.decipheru.careers.model.Routes;

/** The addresses of the pages the content defines: home, hubs and published guides, and drafts apart. */
record PagePaths(Set<String> published, Set<String> drafts) {

    static PagePaths of(Set<String> verticalKeys, List<ParsedRole> roles) {
        Set<String> published = new TreeSet<>(Set.of(Routes.HOME));
        Set<String> drafts = new TreeSet<>();
        verticalKeys.forEach(key -> published.add(Routes.hub(key)));
        roles.forEach(role -> (role.draft() ? drafts : published).add(Routes.role(role.verticalKey(), role.slug())));
        return new PagePaths(Set.copyOf(published), Set.copyOf(drafts));
    }

    boolean contains(String path) {
        return published.contains(path) || drafts.contains(path);
    }
}
