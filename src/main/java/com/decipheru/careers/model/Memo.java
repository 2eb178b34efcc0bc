package com.decipheru.careers.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Values computed per key on first use and kept, for derived data that is costly to compute for every key up front. */
public final class Memo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    public Memo(Function<K, V> compute) {
        this.compute = compute;
    }

    public V get(K key) {
        V value = values.get(key);
        return value != null ? value : values.computeIfAbsent(key, compute);
    }
}
