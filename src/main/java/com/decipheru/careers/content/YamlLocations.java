package com.decipheru.careers.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key and value of a YAML block sits in its file, by JSON pointer ({@code /salary/median_usd},
 * {@code /duties/0}), so that checks made after binding can still point at the right line.
 */
final class YamlLocations {

    private final Map<String, Location> keys = new LinkedHashMap<>();
    private final Map<String, Location> values = new HashMap<>();
    private final java.util.Set<String> nulls = new java.util.HashSet<>();
    private final Location blockStart;

    YamlLocations(Location blockStart) {
        this.blockStart = blockStart;
    }

    void key(String pointer, Location at) {
        keys.putIfAbsent(pointer, at);
    }

    void value(String pointer, Location at) {
        values.putIfAbsent(pointer, at);
    }

    void nullValue(String pointer) {
        nulls.add(pointer);
    }

    /** True when the key is written with no value ({@code title:}). */
    boolean isNull(String pointer) {
        return nulls.contains(pointer);
    }

    /** Pointers of the keys with this name, in document order. */
    List<String> keysNamed(String name) {
        return keys.keySet().stream().filter(pointer -> pointer.endsWith("/" + name)).toList();
    }

    boolean has(String pointer) {
        return keys.containsKey(pointer) || values.containsKey(pointer);
    }

    /** The key's location, else the nearest enclosing key's, else the start of the block. */
    Location keyOf(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = parent(p)) {
            Location at = keys.get(p);
            if (at != null) {
                return at;
            }
        }
        return blockStart;
    }

    /** The value's location, else its key's. */
    Location valueOf(String pointer) {
        Location at = values.get(pointer);
        return at != null ? at : keyOf(pointer);
    }

    Location blockStart() {
        return blockStart;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
