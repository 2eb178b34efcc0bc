package com.decipheru.careers.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.decipheru.careers.model.Growth;
import com.decipheru.careers.model.Question;
import com.decipheru.careers.model.Salary;

/** A checked role for tests, SOC Analyst-like by default; change only what a test is about. */
final class ParsedRoleBuilder {

    private boolean entryLevel;
    private String compensationNote;
    private final List<Question> ownQuestions = new ArrayList<>();

    static ParsedRoleBuilder socAnalyst() {
        return new ParsedRoleBuilder();
    }

    ParsedRoleBuilder entryLevel(boolean entryLevel) {
        this.entryLevel = entryLevel;
        return this;
    }

    ParsedRoleBuilder compensationNote(String note) {
        this.compensationNote = note;
        return this;
    }

    ParsedRoleBuilder ownQuestion(Question question) {
        ownQuestions.add(question);
        return this;
    }

    ParsedRole build() {
        return new ParsedRole("soc-analyst", "cyber", "SOC Analyst", "Security Operations", "A SOC Analyst triages alerts.", "a",
                new Salary(124910, "BLS", null), Growth.VERY_HIGH, 45, "Triage automates.", "fewer tier-1 seats.",
                entryLevel, "0-2 years", "Help desk first.",
                List.of("Triage alerts from the SIEM", "SIEM tuning with detection engineers", "Write"), List.of("SIEM"), List.of("SIEM"), List.of(),
                compensationNote, "", List.copyOf(ownQuestions),
                new ParsedRole.BridgeRef("mlops-engineer", "operational discipline", "60-70%", Location.START),
                LocalDate.of(2026, 11, 1), Location.START, List.of(), false, java.time.Instant.EPOCH, List.of(),
                new FileProblems("x.md", new ArrayList<>()));
    }
}
