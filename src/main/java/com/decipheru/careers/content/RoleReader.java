package com.decipheru.careers.content;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.decipheru.careers.model.Growth;
import com.decipheru.careers.model.Question;
import com.decipheru.careers.model.Salary;

/** Reads and checks {@code roles/<vertical>/<slug>.md} on its own; cross-file checks come later. */
final class RoleReader {

    static final int SUMMARY_MAX = 300;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");
    private static final Pattern SITE_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

    private final YamlBinder yaml;
    private final MarkdownRenderer markdown;
    private final LocalDate today;

    RoleReader(YamlBinder yaml, MarkdownRenderer markdown, LocalDate today) {
        this.yaml = yaml;
        this.markdown = markdown;
        this.today = today;
    }

    Optional<ParsedRole> read(Path file, String verticalKey, String slug, FileProblems problems) {
        if (!Slugs.isValid(slug)) {
            problems.error(Location.START, Slugs.problem("file", slug));
        }
        return SourceText.read(file, problems)
                .map(text -> warnAboutPlaceholders(text, problems))
                .flatMap(text -> FrontMatter.split(text, problems))
                .flatMap(front -> yaml.bind(front.yaml(), front.yamlFirstLine(), RoleFile.class, problems)
                        .flatMap(bound -> check(file, bound, front, verticalKey, slug, problems)));
    }

    /** A scaffolded guide is full of TODOs; point at the first one left. */
    private static String warnAboutPlaceholders(String text, FileProblems problems) {
        if (!text.contains("TODO")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int fences = 0;
        for (int i = 0; i < lines.length; i++) {
            fences += lines[i].stripTrailing().equals("---") && fences < 2 ? 1 : 0;
            boolean yamlComment = fences < 2 && lines[i].stripLeading().startsWith("#");
            int column = lines[i].indexOf("TODO");
            if (column >= 0 && !yamlComment) {
                problems.warning(new Location(i + 1, column + 1), "placeholder 'TODO' left in the guide; replace it before publishing");
                break;
            }
        }
        return text;
    }

    private Optional<ParsedRole> check(Path file, YamlBinder.Bound<RoleFile> bound, FrontMatter front, String verticalKey,
            String slug, FileProblems problems) {
        RoleFile role = bound.value();
        FieldChecks fields = new FieldChecks(problems, bound.locations());
        fields.required("/title", role.title());
        fields.required("/specialty", role.specialty());
        if (fields.required("/summary", role.summary())) {
            fields.maxLength("/summary", role.summary(), SUMMARY_MAX);
        }
        if (role.article() != null && !role.article().equals("a") && !role.article().equals("an")) {
            fields.error("/article", "'article' must be 'a' or 'an'");
        }
        checkSalary(role.salary(), fields);
        Optional<Growth> growth = Optional.ofNullable(role.growth()).flatMap(Growth::fromLabel);
        if (fields.required("/growth", role.growth()) && growth.isEmpty()) {
            fields.error("/growth", "'" + role.growth() + "' is not a growth outlook; use one of: "
                    + String.join(", ", Growth.labels()) + Suggestions.hint(role.growth(), Growth.labels()));
        }
        checkDisruption(role.aiDisruption(), fields);
        fields.required("/entry_level", role.entryLevel());
        fields.required("/experience", role.experience());
        fields.required("/entry_path", role.entryPath());
        fields.listSize("/duties", role.duties(), 3, 10);
        fields.listSize("/skills", role.skills(), 3, 12);
        fields.listSize("/skill_tags", role.skillTags(), 1, 20);
        fields.listSize("/certifications", role.certifications(), 0, 8);
        checkBridge(role.bridge(), fields);
        if (fields.required("/last_reviewed", role.lastReviewed()) && role.lastReviewed().isAfter(today)) {
            fields.error("/last_reviewed", "'last_reviewed' " + role.lastReviewed() + " is in the future");
        }
        checkAliases(role.aliases(), fields);
        List<MarkdownLink> links = new ArrayList<>();
        List<Question> own = ownQuestions(role.faq(), fields, links);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        MarkdownRenderer.Rendered body = markdown.render(front.body(), front.bodyFirstLine());
        links.addAll(0, body.links());
        return Optional.of(normalised(role, growth.orElseThrow(), fields, verticalKey, slug, body.html(), own, links,
                SourceText.modified(file)));
    }

    /** The checked values, trimmed and typed, as the rest of the load uses them. */
    private static ParsedRole normalised(RoleFile role, Growth growth, FieldChecks fields, String verticalKey, String slug,
            String bodyHtml, List<Question> ownQuestions, List<MarkdownLink> links, Instant modified) {
        String title = role.title().strip();
        RoleFile.AiDisruption disruption = role.aiDisruption();
        RoleFile.Bridge bridge = role.bridge();
        List<ParsedRole.Alias> aliases = new ArrayList<>();
        for (int i = 0; role.aliases() != null && i < role.aliases().size(); i++) {
            aliases.add(new ParsedRole.Alias(role.aliases().get(i), fields.valueOf("/aliases/" + i)));
        }
        return new ParsedRole(slug, verticalKey, title, role.specialty().strip(), role.summary().strip(),
                role.article() != null ? role.article() : English.indefiniteArticle(title),
                new Salary(role.salary().medianUsd(), role.salary().source().strip(), role.salary().sourceUrl()),
                growth, disruption.score(), disruption.outlook().strip(), disruption.forecast().strip(),
                role.entryLevel(), role.experience().strip(), role.entryPath().strip(), strip(role.duties()),
                strip(role.skills()), strip(role.skillTags()), strip(role.certifications()),
                role.compensationNote() == null ? null : role.compensationNote().strip(), bodyHtml,
                List.copyOf(ownQuestions),
                new ParsedRole.BridgeRef(bridge.role(), bridge.shared().strip(), bridge.retention().strip(),
                        fields.valueOf("/bridge/role")),
                role.lastReviewed(), fields.valueOf("/last_reviewed"), List.copyOf(aliases),
                Boolean.TRUE.equals(role.draft()), modified, List.copyOf(links), fields.problems());
    }

    private static List<String> strip(List<String> items) {
        return items.stream().map(String::strip).toList();
    }

    private static void checkSalary(RoleFile.Salary salary, FieldChecks fields) {
        if (!fields.required("/salary", salary)) {
            return;
        }
        if (fields.required("/salary/median_usd", salary.medianUsd()) && salary.medianUsd() <= 0) {
            fields.error("/salary/median_usd", "'salary.median_usd' must be more than 0");
        }
        if (fields.required("/salary/source", salary.source()) && salary.sourceUrl() == null
                && !salary.source().toLowerCase().contains("estimate")) {
            fields.warning("/salary/source", "salary.source_url is missing; link the source, or say 'estimate' in"
                    + " salary.source when the figure is a market estimate");
        }
        if (salary.sourceUrl() != null && !WEB_ADDRESS.matcher(salary.sourceUrl()).matches()) {
            fields.error("/salary/source_url", "salary.source_url must be an http(s) address");
        }
    }

    private static void checkDisruption(RoleFile.AiDisruption disruption, FieldChecks fields) {
        if (!fields.required("/ai_disruption", disruption)) {
            return;
        }
        Integer score = disruption.score();
        if (fields.required("/ai_disruption/score", score) && (score < 0 || score > 100)) {
            fields.error("/ai_disruption/score", "'ai_disruption.score' must be 0 to 100, not " + score);
        }
        fields.required("/ai_disruption/outlook", disruption.outlook());
        fields.required("/ai_disruption/forecast", disruption.forecast());
    }

    private static void checkBridge(RoleFile.Bridge bridge, FieldChecks fields) {
        if (!fields.required("/bridge", bridge)) {
            return;
        }
        fields.required("/bridge/role", bridge.role());
        fields.required("/bridge/shared", bridge.shared());
        fields.required("/bridge/retention", bridge.retention());
    }

    private static void checkAliases(List<String> aliases, FieldChecks fields) {
        for (int i = 0; aliases != null && i < aliases.size(); i++) {
            String alias = aliases.get(i);
            if (alias == null || !SITE_PATH.matcher(alias).matches() || alias.contains("//")) {
                fields.error("/aliases/" + i, "alias '" + alias + "' must be a site path such as /careers/old-name");
            }
        }
    }

    /** The role's own questions, answers rendered; links in an answer are located at the answer. */
    private List<Question> ownQuestions(List<RoleFile.Faq> faq, FieldChecks fields, List<MarkdownLink> links) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; faq != null && i < faq.size(); i++) {
            RoleFile.Faq item = faq.get(i);
            String at = "/faq/" + i;
            if (item == null) {
                fields.error(at, "faq item " + (i + 1) + " is empty; give it a question and an answer");
            } else if (fields.required(at + "/question", item.question()) & fields.required(at + "/answer", item.answer())) {
                MarkdownRenderer.Rendered answer = markdown.render(item.answer(), 1);
                Location answerAt = fields.valueOf(at + "/answer");
                answer.links().forEach(link -> links.add(new MarkdownLink(link.url(), answerAt)));
                questions.add(new Question(item.question().strip(), answer.html()));
            }
        }
        return questions;
    }
}
