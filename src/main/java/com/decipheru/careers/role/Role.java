package com.decipheru.careers.role;

import java.time.LocalDate;
import java.util.List;

import com.decipheru.careers.vertical.Vertical;

/** One role guide, fully resolved: its bridge, the roles that bridge to it, and its questions. */
public record Role(
        String slug,
        Vertical vertical,
        String title,
        String specialty,
        String summary,
        String article,
        Salary salary,
        Growth growth,
        Disruption disruption,
        boolean entryLevel,
        String experience,
        String entryPath,
        List<String> duties,
        List<String> skills,
        List<String> skillTags,
        List<String> certifications,
        String compensationNote,
        String bodyHtml,
        Bridge bridge,
        List<RoleLink> bridgedFrom,
        List<Question> questions,
        LocalDate lastReviewed,
        List<String> aliases,
        boolean draft,
        String sourcePath) {

    public static String pathOf(String verticalKey, String slug) {
        return "/" + verticalKey + "/careers/" + slug;
    }

    public String path() {
        return pathOf(vertical.key(), slug);
    }

    /** "an MLOps Engineer". */
    public String titleWithArticle() {
        return article + " " + title;
    }

    public RoleLink link() {
        return new RoleLink(title, path(), vertical.name(), vertical.phrase());
    }

    public Role withQuestions(List<Question> generatedAndOwn) {
        return new Role(slug, vertical, title, specialty, summary, article, salary, growth, disruption, entryLevel,
                experience, entryPath, duties, skills, skillTags, certifications, compensationNote, bodyHtml, bridge,
                bridgedFrom, List.copyOf(generatedAndOwn), lastReviewed, aliases, draft, sourcePath);
    }
}
