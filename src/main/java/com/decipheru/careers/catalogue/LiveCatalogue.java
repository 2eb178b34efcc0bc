package com.decipheru.careers.catalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.LoadResult;

/**
 * The catalogue the site serves. The first snapshot is built while the application starts, before the
 * server accepts requests, so broken content stops startup. A reload builds a complete new snapshot
 * and swaps it in; content with errors never replaces the last good snapshot.
 */
@Component
public class LiveCatalogue {

    private static final Logger log = LoggerFactory.getLogger(LiveCatalogue.class);
    private static final String REQUEST_ATTRIBUTE = LiveCatalogue.class.getName() + ".snapshot";

    private final Path contentDir;
    private final ContentLoader loader;
    private final Clock clock;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();
    private volatile ContentStatus status;

    public LiveCatalogue(SiteProperties properties, Clock clock) {
        this.contentDir = properties.contentDir();
        this.loader = new ContentLoader(clock, properties.preview());
        this.clock = clock;
        long started = System.nanoTime();
        LoadResult result = loader.load(contentDir);
        result.warnings().forEach(problem -> log.warn("{}", problem));
        Catalogue first = result.orThrow();
        current.set(first);
        status = new ContentStatus(result, clock.instant(), clock.instant());
        log.info("Loaded {} roles in {} verticals from {} in {} ms", first.roleCount(), first.verticals().size(),
                contentDir, millisSince(started));
    }

    /**
     * The snapshot to serve. Within a web request it is the same snapshot from the first call to the
     * last, so a page never mixes two versions of the content.
     */
    public Catalogue current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return current.get();
        }
        Catalogue pinned = (Catalogue) request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (pinned == null) {
            pinned = current.get();
            request.setAttribute(REQUEST_ATTRIBUTE, pinned, RequestAttributes.SCOPE_REQUEST);
        }
        return pinned;
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
        if (result.catalogue().isPresent()) {
            Catalogue next = result.catalogue().get();
            current.set(next);
            status = new ContentStatus(result, now, now);
            result.warnings().forEach(problem -> log.warn("{}", problem));
            log.info("Reloaded {} roles in {} verticals from {} in {} ms", next.roleCount(), next.verticals().size(),
                    contentDir, millisSince(started));
        } else {
            status = new ContentStatus(result, now, status.servingSince());
            result.errors().forEach(problem -> log.error("{}", problem));
            result.warnings().forEach(problem -> log.warn("{}", problem));
            int errors = result.errors().size();
            log.error("Content has {} {}; still serving the content loaded at {}", errors, errors == 1 ? "error" : "errors",
                    ContentStatus.shown(status.servingSince()));
        }
        return result;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
