package com.decipheru.careers.role;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the five questions every role page answers from the role's own fields, in the site's
 * voice, then appends the role's own questions.
 */
public final class QuestionWriter {

    private final String siteName;

    public QuestionWriter(String siteName) {
        this.siteName = siteName;
    }

    public List<Question> questionsFor(Role role, List<Question> ownQuestions) {
        List<Question> questions = new ArrayList<>(List.of(
                whatTheyDo(role), pay(role), entryLevel(role), disruption(role), bridge(role)));
        questions.addAll(ownQuestions);
        return questions;
    }

    private Question whatTheyDo(Role role) {
        List<String> keep = role.skillTags();
        return question("What does " + role.titleWithArticle() + " actually do?",
                role.summary() + " The day-to-day mix depends on the company, but the core work is: "
                        + English.continueSentence(role.duties().get(0), keep) + ", plus "
                        + English.continueSentence(role.duties().get(1), keep) + ".");
    }

    private Question pay(Role role) {
        String answer = "Median compensation for " + role.titleWithArticle() + " is around "
                + role.salary().display() + " USD in the United States according to current market data.";
        if (role.compensationNote() != null) {
            answer += " " + role.compensationNote();
        }
        return question("How much does " + role.titleWithArticle() + " make?", answer);
    }

    private Question entryLevel(Role role) {
        String answer = role.entryLevel()
                ? "Yes. " + role.title() + " is open to entrants and typically asks for " + role.experience()
                        + " of relevant experience."
                : role.title() + " typically requires " + role.experience() + " of relevant experience before entry.";
        return question("Is " + role.title() + " entry-level friendly?", answer + " " + role.entryPath());
    }

    private Question disruption(Role role) {
        Disruption d = role.disruption();
        return question("What is the AI Disruption Outlook for " + role.title() + "?",
                d.label() + " disruption (" + d.score() + "/100). " + d.outlook() + " Three-year forecast: " + d.forecast());
    }

    private Question bridge(Role role) {
        RoleLink target = role.bridge().target();
        return question("How does " + role.title() + " relate to " + target.verticalPhrase() + " careers?",
                "The " + target.verticalPhrase() + " counterpart role is " + target.title()
                        + ". The two roles share core practitioner discipline. Practitioners transitioning between"
                        + " the verticals often retain " + role.bridge().retention() + " of their methodology while"
                        + " learning the domain-specific vocabulary and tooling. " + siteName
                        + "'s cross-vertical bridges document this explicitly.");
    }

    private static Question question(String question, String plainAnswer) {
        return new Question(question, "<p>" + HtmlUtils.htmlEscape(plainAnswer) + "</p>");
    }
}
