package com.decipheru.careers.role;

/** A question and its answer, the answer already rendered to HTML by the site. */
public record Question(String question, String answerHtml) {
}
