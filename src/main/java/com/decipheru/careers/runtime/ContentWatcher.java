package com.decipheru.careers.runtime;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches {@code content/} and its folders, new ones included, and reloads the catalogue once a burst
 * of changes has settled. On by default; {@code site.watch=false} turns it off.
 */
@Component
@ConditionalOnBooleanProperty(name = "site.watch", matchIfMissing = true)
class ContentWatcher implements SmartLifecycle {

    static final long DEBOUNCE_MILLIS = 200;
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final LiveCatalogue catalogue;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "content-reload"));
    private volatile WatchService watchService;
    private volatile ScheduledFuture<?> pending;
    private volatile boolean running;

    ContentWatcher(LiveCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(catalogue.contentDir());
        } catch (IOException e) {
            log.warn("Cannot watch {} for changes ({}); restart the site to see content changes", catalogue.contentDir(),
                    e.getMessage());
            return;
        }
        running = true;
        daemon(this::watch, "content-watch").start();
        log.info("Watching {} for changes", catalogue.contentDir());
    }

    @Override
    public void stop() {
        running = false;
        reloader.shutdownNow();
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            log.debug("Closing the watch service failed", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        while (running) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
                    registerQuietly(folder.resolve(name));
                }
            }
            key.reset();
            scheduleReload();
        }
    }

    /** Editors save in bursts (temp file, rename, delete): reload once, after the burst. */
    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloader.schedule(this::reload, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void reload() {
        try {
            catalogue.reload();
        } catch (RuntimeException e) {
            log.error("Reloading {} failed; still serving the last good content", catalogue.contentDir(), e);
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            log.warn("Cannot watch new folder {}: {}", folder, e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
