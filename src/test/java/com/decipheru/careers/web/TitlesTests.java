package com.decipheru.careers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTests {

    @Test
    void takesTheFirstCandidateOfSixtyCharactersOrFewer() {
        assertThat(Titles.fit("MLOps Engineer: salary, skills, AI outlook | DecipherU", "b"))
                .isEqualTo("MLOps Engineer: salary, skills, AI outlook | DecipherU");
        assertThat(Titles.fit("LLM Application Security Engineer: salary, skills, AI outlook | DecipherU",
                "LLM Application Security Engineer career guide | DecipherU", "c"))
                .isEqualTo("LLM Application Security Engineer career guide | DecipherU");
    }

    @Test
    void fallsBackToTheShortestFormWhenNoneFits() {
        assertThat(Titles.fit("x".repeat(70), "y".repeat(65))).isEqualTo("y".repeat(65));
    }
}
