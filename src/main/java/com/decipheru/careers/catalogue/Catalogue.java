package com.decipheru.careers.catalogue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.decipheru.careers.role.Role;
import com.decipheru.careers.site.SiteSettings;
import com.decipheru.careers.vertical.Vertical;

/** One immutable snapshot of all published content. A reload builds a new one; this one never changes. */
public final class Catalogue {

    public static final Comparator<Role> BY_TITLE = Comparator.comparing(Role::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Role::slug);

    private final SiteSettings site;
    private final List<Vertical> verticals;
    private final Map<String, Vertical> verticalsByKey;
    private final Map<String, Role> rolesBySlug;
    private final Map<String, List<Role>> rolesByVertical;
    private final Map<String, String> redirects;

    /** @param redirects old paths (aliases) to the paths of the guides that replaced them */
    public Catalogue(SiteSettings site, List<Vertical> verticals, List<Role> roles, Map<String, String> redirects) {
        this.redirects = Map.copyOf(redirects);
        this.site = site;
        this.verticals = verticals.stream().sorted(Comparator.comparingInt(Vertical::order)).toList();
        this.verticalsByKey = this.verticals.stream()
                .collect(Collectors.toUnmodifiableMap(Vertical::key, Function.identity()));
        this.rolesBySlug = roles.stream().collect(Collectors.toUnmodifiableMap(Role::slug, Function.identity()));
        Map<String, List<Role>> byVertical = new LinkedHashMap<>();
        for (Vertical vertical : this.verticals) {
            byVertical.put(vertical.key(), roles.stream()
                    .filter(role -> role.vertical().key().equals(vertical.key()))
                    .sorted(BY_TITLE)
                    .toList());
        }
        this.rolesByVertical = java.util.Collections.unmodifiableMap(byVertical);
    }

    public SiteSettings site() {
        return site;
    }

    /** Verticals in navigation order. */
    public List<Vertical> verticals() {
        return verticals;
    }

    public Optional<Vertical> vertical(String key) {
        return Optional.ofNullable(verticalsByKey.get(key));
    }

    /** The vertical's roles, sorted by title. */
    public List<Role> rolesIn(Vertical vertical) {
        return rolesByVertical.getOrDefault(vertical.key(), List.of());
    }

    public Optional<Role> role(String verticalKey, String slug) {
        return Optional.ofNullable(rolesBySlug.get(slug)).filter(role -> role.vertical().key().equals(verticalKey));
    }

    /** Every role, by vertical order then title. */
    public List<Role> roles() {
        return rolesByVertical.values().stream().flatMap(List::stream).toList();
    }

    /** True for the path of a page of the catalogue: home, a hub or a guide. */
    public boolean isPage(String path) {
        if (path.equals("/")) {
            return true;
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[2].equals("careers")) {
            return vertical(parts[1]).isPresent();
        }
        return parts.length == 4 && parts[2].equals("careers") && role(parts[1], parts[3]).isPresent();
    }

    /** Where an old path (an alias) now lives. */
    public Optional<String> redirectFor(String path) {
        return Optional.ofNullable(redirects.get(path));
    }

    public Map<String, String> redirects() {
        return redirects;
    }

    public int roleCount() {
        return rolesBySlug.size();
    }
}
