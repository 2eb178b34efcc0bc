package com.decipheru.careers.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.SiteSettings;
import com.decipheru.careers.model.Vertical;

/**
 * Walks {@code content/} in a fixed order, reads every file, and builds one catalogue, or reports
 * every problem of every file. The only class that knows the layout of {@code content/}.
 */
public final class ContentLoader {

    private final YamlBinder yaml = new YamlBinder();
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final boolean includeDrafts;
    private final boolean publish;

    /**
     * A loader that checks everything, drafts included, and reports the same problems as the site would,
     * without writing the HTML or building a catalogue: what {@code validate} needs.
     */
    public static ContentLoader forChecking(Clock clock) {
        return new ContentLoader(clock, true, false);
    }

    /** A loader for the public site: drafts are checked but left out of the catalogue. */
    public ContentLoader(Clock clock) {
        this(clock, false);
    }

    public ContentLoader(Clock clock, boolean includeDrafts) {
        this(clock, includeDrafts, true);
    }

    private ContentLoader(Clock clock, boolean includeDrafts, boolean publish) {
        this.clock = clock;
        this.includeDrafts = includeDrafts;
        this.markdown = new MarkdownRenderer(publish);
        this.publish = publish;
    }

    public LoadResult load(Path contentDir) {
        return new Run(contentDir).load();
    }

    /** One load: the problems, the files read and the slugs seen so far. */
    private final class Run {

        private final Path dir;
        private final LocalDate today = LocalDate.now(clock);
        /** Guides are read in parallel, each reporting into this list; it is sorted at the end. */
        private final List<ContentProblem> problems = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> slugsOnDisk = new TreeSet<>();
        private final List<VerticalReader.Read> verticalReads = new ArrayList<>();
        private int fileCount;

        Run(Path dir) {
            this.dir = dir;
        }

        LoadResult load() {
            if (!Files.isDirectory(dir)) {
                problemsOf(dir).error(Location.START, "content folder not found at " + dir.toAbsolutePath().normalize()
                        + "; set SITE_CONTENT_DIR or --site.content-dir=PATH (validate and new-role take it as DIR),"
                        + " or start from the folder that holds it");
                return new LoadResult(Optional.empty(), List.copyOf(problems), 0);
            }
            Optional<SiteSettings> site = readSite();
            Map<String, Vertical> verticals = readVerticals();
            List<ParsedRole> roles = readRoles(verticals);
            PagePaths pages = PagePaths.of(verticals.keySet(), roles);
            Map<String, ParsedRole> checked = new CrossFileChecks(slugsOnDisk, pages, site, today).check(roles);
            checkLinks(pages, roles);
            problems.sort(ContentProblem.ORDER);
            boolean clean = problems.stream().noneMatch(ContentProblem::isError);
            Optional<Catalogue> catalogue = clean && site.isPresent() && publish
                    ? Optional.of(CatalogueAssembler.assemble(site.get(), verticals, checked, includeDrafts, clock.instant()))
                    : Optional.empty();
            return new LoadResult(catalogue, List.copyOf(problems), fileCount);
        }

        private Optional<SiteSettings> readSite() {
            Path file = dir.resolve("site.yml");
            if (!Files.isRegularFile(file)) {
                problemsOf(file).error(Location.START, "site.yml is missing; it holds the site's name and shared texts");
                return Optional.empty();
            }
            fileCount++;
            return new SiteReader(yaml).read(file, problemsOf(file));
        }

        private void checkLinks(PagePaths pages, List<ParsedRole> roles) {
            LinkChecks links = new LinkChecks(pages, roles);
            verticalReads.forEach(read -> read.links().forEach(link -> links.check(link, false, read.problems())));
            roles.forEach(role -> role.links().forEach(link -> links.check(link, role.draft(), role.problems())));
        }

        private Map<String, Vertical> readVerticals() {
            Map<String, Vertical> verticals = new TreeMap<>();
            Map<Integer, String> orders = new HashMap<>();
            VerticalReader reader = new VerticalReader(yaml, markdown);
            for (Path file : markdownFiles(dir.resolve("verticals"))) {
                fileCount++;
                FileProblems fileProblems = problemsOf(file);
                String key = slugOf(file);
                reader.read(file, key, fileProblems).ifPresent(read -> {
                    String other = orders.putIfAbsent(read.vertical().order(), key);
                    if (other != null) {
                        fileProblems.error(read.orderAt(), "order " + read.vertical().order()
                                + " is already used by vertical '" + other + "'; each vertical needs its own position");
                    }
                    verticals.put(key, read.vertical());
                    verticalReads.add(read);
                });
            }
            return verticals;
        }

        /** Reads every guide, in parallel: each file is read and checked on its own, with its own problems. */
        private List<ParsedRole> readRoles(Map<String, Vertical> verticals) {
            List<RoleSource> sources = new ArrayList<>();
            for (Path folder : sorted(dir.resolve("roles"))) {
                if (!Files.isDirectory(folder)) {
                    if (!isHidden(folder)) {
                        problemsOf(folder).error(Location.START, "a guide must sit in a vertical folder: roles/<vertical>/<slug>.md");
                    }
                    continue;
                }
                String verticalKey = folder.getFileName().toString();
                boolean known = Files.isRegularFile(dir.resolve("verticals/" + verticalKey + ".md"));
                for (Path file : markdownFiles(folder)) {
                    fileCount++;
                    slugsOnDisk.add(slugOf(file));
                    if (!known) {
                        problemsOf(file).error(Location.START, "folder 'roles/" + verticalKey + "' has no vertical file"
                                + " 'verticals/" + verticalKey + ".md'" + Suggestions.hint(verticalKey, verticals.keySet()));
                        continue;
                    }
                    sources.add(new RoleSource(file, verticalKey));
                }
            }
            RoleReader reader = new RoleReader(yaml, markdown, today);
            return sources.parallelStream()
                    .map(source -> reader.read(source.file(), source.verticalKey(), slugOf(source.file()), problemsOf(source.file())))
                    .flatMap(Optional::stream)
                    .toList();
        }

        /** The folder's .md files in name order; anything else there is reported and skipped. */
        private List<Path> markdownFiles(Path folder) {
            List<Path> markdownFiles = new ArrayList<>();
            for (Path path : sorted(folder)) {
                if (isHidden(path)) {
                    continue;
                }
                if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".md")) {
                    markdownFiles.add(path);
                } else {
                    problemsOf(path).warning(Location.START, "ignored: only .md files are read here");
                }
            }
            return markdownFiles;
        }

        private List<Path> sorted(Path folder) {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> children = Files.list(folder)) {
                return children.sorted().toList();
            } catch (IOException e) {
                problemsOf(folder).error(Location.START, "cannot read folder: " + e.getMessage());
                return List.of();
            }
        }

        private FileProblems problemsOf(Path path) {
            return new FileProblems(pathOf(path), problems);
        }
    }

    private record RoleSource(Path file, String verticalKey) {
    }

    private static String pathOf(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }

    /** Editors' swap and backup files, and dot-folders. */
    private static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }
}
