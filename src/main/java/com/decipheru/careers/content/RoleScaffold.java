package com.decipheru.careers.content;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a new guide with every field and a comment for each, as a draft; never overwrites. */
public final class RoleScaffold {

    private final Path contentDir;

    public RoleScaffold(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** @return the file written; throws {@link IllegalArgumentException} with a message for the editor */
    public Path create(String vertical, String slug, LocalDate today) throws IOException {
        if (!Slugs.isValid(vertical)) {
            throw new IllegalArgumentException(Slugs.problem("vertical", vertical));
        }
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException(Slugs.problem("slug", slug));
        }
        if (!Files.isRegularFile(contentDir.resolve("verticals/" + vertical + ".md"))) {
            throw new IllegalArgumentException("there is no vertical '" + vertical + "' (no " + contentDir.resolve(
                    "verticals/" + vertical + ".md") + ")" + Suggestions.hint(vertical, verticals()));
        }
        Path file = contentDir.resolve("roles").resolve(vertical).resolve(slug + ".md");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text(slug, counterpart(vertical).orElse("replace-with-a-counterpart-slug"), today),
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(file + " already exists; it was not overwritten");
        }
        return file;
    }

    private List<String> verticals() throws IOException {
        try (Stream<Path> files = Files.list(contentDir.resolve("verticals"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
        }
    }

    /** The first guide of another vertical, so the new draft is valid from the start. */
    private Optional<String> counterpart(String vertical) throws IOException {
        Path roles = contentDir.resolve("roles");
        if (!Files.isDirectory(roles)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(roles, 2)) {
            return files.filter(p -> roles.relativize(p).getNameCount() == 2)
                    .filter(p -> !p.getParent().getFileName().toString().equals(vertical))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .filter(Slugs::isValid)
                    .sorted()
                    .findFirst();
        }
    }

    static String text(String slug, String counterpart, LocalDate today) {
        String title = Arrays.stream(slug.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
        return """
                ---
                title: %s                 # the role's name as people search for it; fix capitals (MLOps, SOC)
                specialty: TODO specialty        # shown as "<vertical> · <specialty>"
                summary: >-                      # one or two sentences, at most 300 characters; also the search snippet
                  TODO: what this role does, in one sentence that starts with the title.
                # article: an                    # optional: "a" or "an" before the title when the guess is wrong
                salary:                          # the median annual pay, with its source
                  median_usd: 100000             # whole US dollars; shown rounded, as $100K
                  source: TODO name the source, or say it is a market estimate  # with its period: "BLS, May 2024"
                  # source_url: https://...      # optional: a link to the source
                growth: moderate                 # one of: declining, low, moderate, high, very high
                ai_disruption:                   # how much AI tools will change the role
                  score: 20                      # 0 to 100; the label comes from site.yml
                  outlook: >-                    # the argument for the score, in 3 to 5 sentences
                    TODO: which parts of the work AI tools absorb, which they do not, and why.
                  forecast: TODO one clause.      # shown after "Three-year forecast:"
                entry_level: false               # true if people are hired into it without prior experience
                experience: 2-5 years            # reads "typically requires 2-5 years of relevant experience"
                entry_path: >-                   # the usual way in, in one or two sentences
                  TODO: the most common path into the role.
                duties:                          # 3 to 10; the first two are spliced into a sentence
                  - TODO first duty, starting with a verb
                  - TODO second duty
                  - TODO third duty
                skills:                          # 3 to 12
                  - TODO first skill
                  - TODO second skill
                  - TODO third skill
                skill_tags: [TODO]               # short canonical names, one spelling across the site
                certifications: []               # 0 to 8 real certifications, by their official names
                bridge:                          # the counterpart role in another vertical
                  role: %s                       # that role's slug (its file name)
                  shared: TODO what they share   # the methods and habits both roles use
                  retention: 50-60%%             # share of methodology people keep when they cross
                # compensation_note: >-          # optional: closes the salary answer
                # faq:                           # optional: questions of your own, answers in Markdown
                #   - question: TODO?            # a question readers ask, in their words
                #     answer: TODO.              # Markdown; links to this site start with /
                last_reviewed: %s          # the date you last checked every fact here
                # aliases: [/old/path]           # optional: old addresses that redirect here
                draft: true                      # hidden from the public site until set to false
                ---
                ## A day in the role

                TODO: a long-form section in Markdown.
                """.formatted(title, counterpart, today);
    }
}
