package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTests {

    @ParameterizedTest
    @CsvSource({
            "MLOps Engineer, an", "SOC Analyst, a", "AI Red Teamer, an", "LLM Application Security Engineer, an",
            "GRC Analyst, a", "CISO, a", "SRE, an", "NLP Engineer, an", "UX Researcher, a",
            "Incident Responder, an", "Penetration Tester, a", "Data Scientist, a", "Analytics Engineer, an",
            "ML Engineer, an", "Security Engineer, a", "Offensive Security Engineer, an", "Hour Planner, an",
            "University Lecturer, a", "IoT Security Engineer, an", "European Regulator, a"})
    void choosesTheArticleByHowTheTitleIsSpoken(String title, String article) {
        assertThat(English.indefiniteArticle(title)).isEqualTo(article);
    }

    @Test
    void lowerCasesOnlyTheFirstLetterOfAnOrdinaryWord() {
        assertThat(English.continueSentence("Train, evaluate, and deploy ML models", List.of()))
                .isEqualTo("train, evaluate, and deploy ML models");
    }

    @Test
    void keepsAcronymsNamesWithInnerCapitalsAndProperNames() {
        assertThat(English.continueSentence("SIEM tuning for noisy rules", List.of())).isEqualTo("SIEM tuning for noisy rules");
        assertThat(English.continueSentence("PyTorch model training", List.of())).isEqualTo("PyTorch model training");
        assertThat(English.continueSentence("Python automation of triage", List.of("Python")))
                .isEqualTo("Python automation of triage");
        assertThat(English.continueSentence("Microsoft Sentinel queries", List.of("Microsoft Sentinel")))
                .isEqualTo("Microsoft Sentinel queries");
    }
}
