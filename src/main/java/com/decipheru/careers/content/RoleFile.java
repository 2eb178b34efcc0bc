package com.decipheru.careers.content;

import java.time.LocalDate;
import java.util.List;

/** The front matter of {@code roles/<vertical>/<slug>.md}, as written; null means absent or invalid. */
record RoleFile(
        String title,
        String specialty,
        String summary,
        String article,
        Salary salary,
        String growth,
        AiDisruption aiDisruption,
        Boolean entryLevel,
        String experience,
        String entryPath,
        List<String> duties,
        List<String> skills,
        List<String> skillTags,
        List<String> certifications,
        Bridge bridge,
        String compensationNote,
        List<Faq> faq,
        LocalDate lastReviewed,
        List<String> aliases,
        Boolean draft) {

    record Salary(Long medianUsd, String source, String sourceUrl) {
    }

    record AiDisruption(Integer score, String outlook, String forecast) {
    }

    record Bridge(String role, String shared, String retention) {
    }

    record Faq(String question, String answer) {
    }
}
