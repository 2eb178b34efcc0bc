package com.decipheru.careers.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.site.SiteSettings;
import com.decipheru.careers.vertical.Vertical;

/**
 * Walks {@code content/} in a fixed order, reads every file, and builds one catalogue, or reports
 * every problem of every file. The only class that knows the layout of {@code content/}.
 */
public final class ContentLoader {

    private final YamlBinder yaml = new YamlBinder();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Clock clock;

    public ContentLoader(Clock clock) {
        this.clock = clock;
    }

    public LoadResult load(Path contentDir) {
        List<ContentProblem> problems = new ArrayList<>();
        int[] files = {0};
        if (!Files.isDirectory(contentDir)) {
            problems.add(new ContentProblem(display(contentDir), 1, 1, ContentProblem.Severity.ERROR,
                    "content folder not found (set site.content-dir or SITE_CONTENT_DIR)"));
            return new LoadResult(Optional.empty(), problems, 0);
        }
        Optional<SiteSettings> site = readSite(contentDir, problems, files);
        Map<String, Vertical> verticals = readVerticals(contentDir, problems, files);
        java.util.Set<String> slugsOnDisk = new java.util.TreeSet<>();
        List<RoleDraft> drafts = readRoles(contentDir, verticals, problems, files, slugsOnDisk);
        Map<String, RoleDraft> checked = CatalogueAssembler.check(drafts, slugsOnDisk);
        problems.sort(ContentProblem.ORDER);
        boolean clean = problems.stream().noneMatch(ContentProblem::isError);
        Optional<Catalogue> catalogue = clean && site.isPresent()
                ? Optional.of(CatalogueAssembler.assemble(site.get(), verticals, checked))
                : Optional.empty();
        return new LoadResult(catalogue, List.copyOf(problems), files[0]);
    }

    private Optional<SiteSettings> readSite(Path dir, List<ContentProblem> problems, int[] files) {
        Path file = dir.resolve("site.yml");
        FileProblems fileProblems = new FileProblems(display(file), problems);
        if (!Files.isRegularFile(file)) {
            fileProblems.error(Location.START, "site.yml is missing; it holds the site's name and shared texts");
            return Optional.empty();
        }
        files[0]++;
        return new SiteReader(yaml).read(file, fileProblems);
    }

    private Map<String, Vertical> readVerticals(Path dir, List<ContentProblem> problems, int[] files) {
        Map<String, Vertical> verticals = new TreeMap<>();
        Map<Integer, String> orders = new HashMap<>();
        VerticalReader reader = new VerticalReader(yaml, markdown);
        for (Path file : markdownFiles(dir.resolve("verticals"), problems)) {
            files[0]++;
            FileProblems fileProblems = new FileProblems(display(file), problems);
            String key = stripExtension(file);
            reader.read(file, key, fileProblems).ifPresent(read -> {
                String other = orders.putIfAbsent(read.vertical().order(), key);
                if (other != null) {
                    fileProblems.error(read.orderAt(), "order " + read.vertical().order() + " is already used by vertical '"
                            + other + "'; each vertical needs its own position");
                }
                verticals.put(key, read.vertical());
            });
        }
        return verticals;
    }

    private List<RoleDraft> readRoles(Path dir, Map<String, Vertical> verticals, List<ContentProblem> problems, int[] files,
            java.util.Set<String> slugsOnDisk) {
        List<RoleDraft> drafts = new ArrayList<>();
        Path rolesDir = dir.resolve("roles");
        RoleReader reader = new RoleReader(yaml, markdown, LocalDate.now(clock));
        for (Path folder : sorted(rolesDir)) {
            if (!Files.isDirectory(folder)) {
                if (!isHidden(folder)) {
                    new FileProblems(display(folder), problems).error(Location.START,
                            "a guide must sit in a vertical folder: roles/<vertical>/<slug>.md");
                }
                continue;
            }
            String verticalKey = folder.getFileName().toString();
            boolean known = verticals.containsKey(verticalKey) || Files.isRegularFile(dir.resolve("verticals/" + verticalKey + ".md"));
            for (Path file : markdownFiles(folder, problems)) {
                files[0]++;
                slugsOnDisk.add(stripExtension(file));
                FileProblems fileProblems = new FileProblems(display(file), problems);
                if (!known) {
                    fileProblems.error(Location.START, "folder 'roles/" + verticalKey + "' has no vertical file 'verticals/"
                            + verticalKey + ".md'" + Suggestions.hint(verticalKey, verticals.keySet()));
                    continue;
                }
                reader.read(file, verticalKey, stripExtension(file), fileProblems).ifPresent(drafts::add);
            }
        }
        return drafts;
    }

    /** The folder's .md files in name order; anything else there is reported and skipped. */
    private List<Path> markdownFiles(Path folder, List<ContentProblem> problems) {
        List<Path> markdownFiles = new ArrayList<>();
        for (Path path : sorted(folder)) {
            if (isHidden(path)) {
                continue;
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".md")) {
                markdownFiles.add(path);
            } else {
                new FileProblems(display(path), problems).warning(Location.START,
                        "ignored: only .md files are read here");
            }
        }
        return markdownFiles;
    }

    private static List<Path> sorted(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    private static String stripExtension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static String display(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}
