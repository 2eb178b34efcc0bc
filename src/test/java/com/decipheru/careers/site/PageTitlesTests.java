package com.decipheru.careers.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTitlesTests {

    @Test
    void takesTheFirstCandidateOfSixtyCharactersOrFewer() {
        assertThat(PageTitles.fit("MLOps Engineer: salary, skills, AI outlook | DecipherU", "b"))
                .isEqualTo("MLOps Engineer: salary, skills, AI outlook | DecipherU");
        assertThat(PageTitles.fit("LLM Application Security Engineer: salary, skills, AI outlook | DecipherU",
                "LLM Application Security Engineer career guide | DecipherU", "c"))
                .isEqualTo("LLM Application Security Engineer career guide | DecipherU");
    }

    @Test
    void fallsBackToTheShortestFormWhenNoneFits() {
        assertThat(PageTitles.fit("x".repeat(70), "y".repeat(65))).isEqualTo("y".repeat(65));
    }
}
