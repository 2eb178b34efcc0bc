package com.decipheru.careers.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** A copy of the fixture content in a temporary folder, for tests that break one file at a time. */
public final class ContentTree {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures/content");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    public static ContentTree copyOfFixtures(Path into) {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path source : files.toList()) {
                Path target = into.resolve(FIXTURES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentTree(into);
    }

    public Path root() {
        return root;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentTree write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentTree write(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ContentTree delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LoadResult load() {
        return new ContentLoader(CLOCK).load(root);
    }

    /** Only the errors, formatted as {@link #problems()}. */
    public java.util.List<String> errors() {
        return problems().stream().filter(problem -> problem.contains(": error: ")).toList();
    }

    /** Problems as {@code relative/path:line:col: severity: message}, relative to the tree. */
    public java.util.List<String> problems() {
        String prefix = root.normalize().toString().replace('\\', '/') + "/";
        return load().problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }
}
