package com.decipheru.careers.model;

/** A question and its answer, the answer already rendered to HTML by the site. */
public record Question(String question, String answerHtml) {
}
