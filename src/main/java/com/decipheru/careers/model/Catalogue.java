package com.decipheru.careers.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One immutable snapshot of all published content, and of everything derived from it. A reload builds
 * a new one; this one never changes.
 */
public final class Catalogue {

    public static final Comparator<Role> BY_TITLE = Comparator.comparing(Role::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Role::slug);

    private final SiteSettings site;
    private final List<Vertical> verticals;
    private final Map<String, Vertical> verticalsByKey;
    private final Map<String, Role> rolesBySlug;
    private final Map<String, List<Role>> rolesByVertical;
    private final Map<String, String> redirects;
    private final Instant loadedAt;
    private final Map<Derivation<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param redirects old paths (aliases) to the paths of the guides that replaced them
     * @param loadedAt when the content was read
     */
    public Catalogue(SiteSettings site, List<Vertical> verticals, List<Role> roles, Map<String, String> redirects,
            Instant loadedAt) {
        this.redirects = Map.copyOf(redirects);
        this.loadedAt = loadedAt;
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
        this.rolesByVertical = Collections.unmodifiableMap(byVertical);
    }

    /**
     * What the derivation makes of this snapshot, computed on first use and kept with the snapshot. Results
     * are kept per derivation object, so a derivation must be a long-lived object (a bean or a constant).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Derivation<T> derivation) {
        Object value = derived.get(derivation);
        if (value == null) {
            value = derivation.derive(this);
            Object raced = derived.putIfAbsent(derivation, value);
            value = raced != null ? raced : value;
        }
        return (T) value;
    }

    /** When the content of this snapshot was read. */
    public Instant loadedAt() {
        return loadedAt;
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

    /** The role with this slug, in whichever vertical. */
    public Optional<Role> role(String slug) {
        return Optional.ofNullable(rolesBySlug.get(slug));
    }

    public Optional<Role> role(String verticalKey, String slug) {
        return Optional.ofNullable(rolesBySlug.get(slug)).filter(role -> role.vertical().key().equals(verticalKey));
    }

    /** Every role, by vertical order then title. */
    public List<Role> roles() {
        return rolesByVertical.values().stream().flatMap(List::stream).toList();
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
