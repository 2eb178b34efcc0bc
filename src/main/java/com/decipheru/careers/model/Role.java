package com.decipheru.careers.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        boolean draft,
        String sourcePath,
        Instant modified) {

    public String path() {
        return Routes.role(vertical.key(), slug);
    }

    /** "an MLOps Engineer". */
    public String titleWithArticle() {
        return article + " " + title;
    }
}
