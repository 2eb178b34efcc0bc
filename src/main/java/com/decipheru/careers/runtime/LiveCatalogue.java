package com.decipheru.careers.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.LoadResult;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Derivation;

/**
 * The catalogue the site serves. The first snapshot is built while the application starts, before the
 * server accepts requests, so broken content stops startup. A reload builds a complete new snapshot
 * and swaps it in, with the data derived from it (structured data, indexes) already computed; content
 * with errors never replaces the last good snapshot.
 */
@Component
public class LiveCatalogue {

    private static final Logger log = LoggerFactory.getLogger(LiveCatalogue.class);
    private final Path contentDir;
    private final ContentLoader loader;
    private final Clock clock;
    private final List<Derivation<?>> derivations;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();
    private volatile ContentStatus status;

    public LiveCatalogue(SiteProperties properties, Clock clock) {
        this(properties, clock, List.of());
    }

    /** @param derivations computed for every new snapshot before it is swapped in */
    @Autowired
    public LiveCatalogue(SiteProperties properties, Clock clock, List<Derivation<?>> derivations) {
        this.contentDir = properties.contentDir();
        this.loader = new ContentLoader(clock, properties.preview());
        this.clock = clock;
        this.derivations = List.copyOf(derivations);
        long started = System.nanoTime();
        LoadResult result = loader.load(contentDir);
        result.warnings().forEach(problem -> log.warn("{}", problem));
        Catalogue first = derive(result.orThrow());
        current.set(first);
        status = new ContentStatus(result, clock.instant(), clock.instant());
        log.info("Loaded {} roles in {} verticals from {} in {} ms", first.roleCount(), first.verticals().size(),
                contentDir, millisSince(started));
    }

    /** The snapshot to serve now. A web request pins the one it started with (see the web package). */
    public Catalogue current() {
        return current.get();
    }

    /** The outcome of the last load and when the served snapshot was built. */
    public ContentStatus status() {
        return status;
    }

    public Path contentDir() {
        return contentDir;
    }

    /** Loads the content again; swaps the new snapshot in only if it has no errors. */
    public synchronized LoadResult reload() {
        long started = System.nanoTime();
        LoadResult result = loader.load(contentDir);
        Instant now = clock.instant();
        // The outcome is logged before it is published, so whoever waits for the new status finds it logged.
        if (result.catalogue().isPresent()) {
            Catalogue next = derive(result.catalogue().get());
            result.warnings().forEach(problem -> log.warn("{}", problem));
            log.info("Reloaded {} roles in {} verticals from {} in {} ms", next.roleCount(), next.verticals().size(),
                    contentDir, millisSince(started));
            current.set(next);
            status = new ContentStatus(result, now, now);
        } else {
            ContentStatus failed = new ContentStatus(result, now, status.servingSince());
            result.errors().forEach(problem -> log.error("{}", problem));
            result.warnings().forEach(problem -> log.warn("{}", problem));
            int errors = result.errors().size();
            log.error("Content has {} {}; still serving the content loaded at {}", errors, errors == 1 ? "error" : "errors",
                    failed.servingSinceShown());
            status = failed;
        }
        return result;
    }

    private Catalogue derive(Catalogue snapshot) {
        derivations.forEach(snapshot::derived);
        return snapshot;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
