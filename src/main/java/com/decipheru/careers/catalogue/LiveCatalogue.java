package com.decipheru.careers.catalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.decipheru.careers.SiteProperties;
import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.LoadResult;

/**
 * The catalogue the site serves. The first snapshot is built while the application starts, before the
 * server accepts requests, so broken content stops startup; later snapshots replace it whole.
 */
@Component
public class LiveCatalogue {

    private static final Logger log = LoggerFactory.getLogger(LiveCatalogue.class);

    private final Path contentDir;
    private final ContentLoader loader;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();

    public LiveCatalogue(SiteProperties properties, Clock clock) {
        this.contentDir = properties.contentDir();
        this.loader = new ContentLoader(clock);
        long started = System.nanoTime();
        LoadResult result = loader.load(contentDir);
        result.warnings().forEach(problem -> log.warn("{}", problem));
        Catalogue first = result.orThrow();
        current.set(first);
        log.info("Loaded {} roles in {} verticals from {} in {} ms", first.roleCount(), first.verticals().size(),
                contentDir, (System.nanoTime() - started) / 1_000_000);
    }

    public Catalogue current() {
        return current.get();
    }

    /** Loads the content again and swaps the new snapshot in; on errors the current one stays. */
    public LoadResult reload() {
        LoadResult result = loader.load(contentDir);
        result.catalogue().ifPresentOrElse(current::set,
                () -> result.errors().forEach(problem -> log.error("{}", problem)));
        return result;
    }

}
