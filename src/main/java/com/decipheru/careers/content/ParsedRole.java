package com.decipheru.careers.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.decipheru.careers.model.Growth;
import com.decipheru.careers.model.Question;
import com.decipheru.careers.model.Salary;

/**
 * A role file read and checked on its own, its values normalised (trimmed, typed, defaults applied),
 * with the locations the cross-file checks report at and the file's problem list. The assembler only
 * links these together; nothing reads the raw front matter again.
 */
record ParsedRole(
        String slug,
        String verticalKey,
        String title,
        String specialty,
        String summary,
        String article,
        Salary salary,
        Growth growth,
        int disruptionScore,
        String outlook,
        String forecast,
        boolean entryLevel,
        String experience,
        String entryPath,
        List<String> duties,
        List<String> skills,
        List<String> skillTags,
        List<String> certifications,
        String compensationNote,
        String bodyHtml,
        List<Question> ownQuestions,
        BridgeRef bridge,
        LocalDate lastReviewed,
        Location lastReviewedAt,
        List<Alias> aliases,
        boolean draft,
        Instant modified,
        List<MarkdownLink> links,
        FileProblems problems) {

    /** The counterpart a guide names, by slug, where it is written. */
    record BridgeRef(String slug, String shared, String retention, Location at) {
    }

    /** An old address of the guide, where it is written. */
    record Alias(String path, Location at) {
    }

    String path() {
        return problems.path();
    }
}
