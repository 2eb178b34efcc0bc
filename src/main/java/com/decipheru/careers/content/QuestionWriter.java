package com.decipheru.careers.content;

import java.util.ArrayList;
import java.util.List;

import com.decipheru.careers.model.Bridge;
import com.decipheru.careers.model.Disruption;
import com.decipheru.careers.model.Question;

/**
 * Writes the five questions every role page answers from the role's own fields, in the site's
 * voice, then appends the role's own questions.
 */
final class QuestionWriter {

    private final String siteName;

    QuestionWriter(String siteName) {
        this.siteName = siteName;
    }

    List<Question> questionsFor(ParsedRole role, Disruption disruption, Bridge bridge) {
        List<Question> questions = new ArrayList<>(List.of(
                whatTheyDo(role), pay(role), entryLevel(role), disruption(role, disruption), bridge(role, bridge)));
        questions.addAll(role.ownQuestions());
        return List.copyOf(questions);
    }

    private static String titleWithArticle(ParsedRole role) {
        return role.article() + " " + role.title();
    }

    private Question whatTheyDo(ParsedRole role) {
        List<String> keep = role.skillTags();
        return question("What does " + titleWithArticle(role) + " actually do?",
                role.summary() + " The day-to-day mix depends on the company, but the core work is: "
                        + English.continueSentence(role.duties().get(0), keep) + ", plus "
                        + English.continueSentence(role.duties().get(1), keep) + ".");
    }

    private Question pay(ParsedRole role) {
        String answer = "Median compensation for " + titleWithArticle(role) + " is around "
                + role.salary().display() + " USD in the United States according to current market data.";
        if (role.compensationNote() != null) {
            answer += " " + role.compensationNote();
        }
        return question("How much does " + titleWithArticle(role) + " make?", answer);
    }

    private Question entryLevel(ParsedRole role) {
        String answer = role.entryLevel()
                ? "Yes. " + role.title() + " is open to entrants and typically asks for " + role.experience()
                        + " of relevant experience."
                : role.title() + " typically requires " + role.experience() + " of relevant experience before entry.";
        return question("Is " + role.title() + " entry-level friendly?", answer + " " + role.entryPath());
    }

    private Question disruption(ParsedRole role, Disruption d) {
        return question("What is the AI Disruption Outlook for " + role.title() + "?",
                d.label() + " disruption (" + d.score() + "/100). " + d.outlook() + " Three-year forecast: " + d.forecast());
    }

    private Question bridge(ParsedRole role, Bridge bridge) {
        return question("How does " + role.title() + " relate to " + bridge.target().verticalPhrase() + " careers?",
                BridgeText.answer(bridge.target(), bridge.retention(), siteName));
    }

    private static Question question(String question, String plainAnswer) {
        return new Question(question, "<p>" + escape(plainAnswer) + "</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
