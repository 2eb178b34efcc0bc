package com.decipheru.careers.http;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Derivation;

/**
 * Rendered responses, kept per content snapshot: each snapshot gets its own byte-bounded caches, so a new
 * snapshot never serves an old snapshot's bytes, and an old snapshot's pages go when it does.
 */
@Component
public class PageCache implements Derivation<PageCache.Caches> {

    /** A response's address: its path and its query string with the parameters sorted ("" when none). */
    record Key(String path, String query) {

        /** Every unknown address is answered with the same 404 page. */
        static final Key NOT_FOUND = new Key("404", "");

        boolean isVariant() {
            return !query.isEmpty() || this == NOT_FOUND;
        }
    }

    /** The caches of one snapshot. */
    public record Caches(Cache<Key, RenderedPage> pages, Cache<Key, RenderedPage> variants) {

        Cache<Key, RenderedPage> of(Key key) {
            return key.isVariant() ? variants : pages;
        }
    }

    private final CacheProperties limits;

    public PageCache(CacheProperties limits) {
        this.limits = limits;
    }

    @Override
    public Caches derive(Catalogue snapshot) {
        return new Caches(bounded(limits.pages().toBytes()), bounded(limits.variants().toBytes()));
    }

    RenderedPage get(Catalogue snapshot, Key key) {
        return snapshot.derived(this).of(key).getIfPresent(key);
    }

    void put(Catalogue snapshot, Key key, RenderedPage page) {
        snapshot.derived(this).of(key).put(key, page);
    }

    private static Cache<Key, RenderedPage> bounded(long bytes) {
        return Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((Key key, RenderedPage page) -> page.weight())
                .recordStats()
                .build();
    }
}
