package com.decipheru.careers.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.decipheru.careers.model.Vertical;

/** Reads and checks {@code verticals/<vertical>.md}. */
final class VerticalReader {

    private final YamlBinder yaml;
    private final MarkdownRenderer markdown;

    VerticalReader(YamlBinder yaml, MarkdownRenderer markdown) {
        this.yaml = yaml;
        this.markdown = markdown;
    }

    /** The vertical, with the location of its {@code order} for cross-file checks. */
    record Read(Vertical vertical, Location orderAt, List<MarkdownLink> links, FileProblems problems) {
    }

    Optional<Read> read(Path file, String key, FileProblems problems) {
        if (!Slugs.isValid(key)) {
            problems.error(Location.START, Slugs.problem("vertical", key));
            return Optional.empty();
        }
        return SourceText.read(file, problems)
                .flatMap(text -> FrontMatter.split(text, problems))
                .flatMap(front -> yaml.bind(front.yaml(), front.yamlFirstLine(), VerticalFile.class, problems)
                        .flatMap(bound -> check(file, key, bound, front, problems)));
    }

    private Optional<Read> check(Path path, String key, YamlBinder.Bound<VerticalFile> bound, FrontMatter front,
            FileProblems problems) {
        VerticalFile file = bound.value();
        FieldChecks fields = new FieldChecks(problems, bound.locations());
        fields.required("/name", file.name());
        fields.required("/order", file.order());
        fields.required("/summary", file.summary());
        if (file.phrase() != null && file.phrase().isBlank()) {
            fields.error("/phrase", "field 'phrase' is empty; leave it out to use the name");
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        String phrase = file.phrase() == null ? file.name().strip() : file.phrase().strip();
        MarkdownRenderer.Rendered intro = markdown.render(front.body(), front.bodyFirstLine());
        Vertical vertical = new Vertical(key, file.name().strip(), phrase, file.order(), file.summary().strip(), intro.html(),
                SourceText.modified(path));
        return Optional.of(new Read(vertical, fields.valueOf("/order"), intro.links(), problems));
    }
}
