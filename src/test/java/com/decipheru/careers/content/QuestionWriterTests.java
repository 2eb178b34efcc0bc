package com.decipheru.careers.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.decipheru.careers.model.Bridge;
import com.decipheru.careers.model.Disruption;
import com.decipheru.careers.model.Question;
import com.decipheru.careers.model.RoleLink;

class QuestionWriterTests {

    private static final RoleLink MLOPS = new RoleLink("MLOps Engineer", "/ai/careers/mlops-engineer", "Applied AI",
            "applied AI");
    private static final Disruption DISRUPTION = new Disruption(45, "High", "Triage automates.", "fewer tier-1 seats.");
    private static final Bridge BRIDGE = new Bridge(MLOPS, "operational discipline", "60-70%", "");

    private final QuestionWriter writer = new QuestionWriter("DecipherU");

    @Test
    void writesTheFiveGeneratedQuestionsThenTheRolesOwn() {
        Question own = new Question("Is SOC work mostly night shifts?", "<p>Sometimes.</p>");

        List<Question> questions = questions(ParsedRoleBuilder.socAnalyst().entryLevel(true).ownQuestion(own));

        assertThat(questions).map(Question::question).containsExactly(
                "What does a SOC Analyst actually do?",
                "How much does a SOC Analyst make?",
                "Is SOC Analyst entry-level friendly?",
                "What is the AI Disruption Outlook for SOC Analyst?",
                "How does SOC Analyst relate to applied AI careers?",
                "Is SOC work mostly night shifts?");
    }

    @Test
    void splicesTheFirstTwoDutiesKeepingAcronyms() {
        assertThat(questions(ParsedRoleBuilder.socAnalyst()).get(0).answerHtml()).isEqualTo(
                "<p>A SOC Analyst triages alerts. The day-to-day mix depends on the company, but the core work is:"
                        + " triage alerts from the SIEM, plus SIEM tuning with detection engineers.</p>");
    }

    @Test
    void answersPayWithTheRoundedMedianAndTheCompensationNote() {
        assertThat(questions(ParsedRoleBuilder.socAnalyst().compensationNote("Shift pay adds more.")).get(1).answerHtml()).isEqualTo(
                "<p>Median compensation for a SOC Analyst is around $125K USD in the United States according to"
                        + " current market data. Shift pay adds more.</p>");
    }

    @Test
    void answersEntryLevelDifferentlyForEntrantFriendlyRoles() {
        assertThat(questions(ParsedRoleBuilder.socAnalyst()).get(2).answerHtml()).isEqualTo(
                "<p>SOC Analyst typically requires 0-2 years of relevant experience before entry. Help desk first.</p>");
        assertThat(questions(ParsedRoleBuilder.socAnalyst().entryLevel(true)).get(2).answerHtml()).isEqualTo(
                "<p>Yes. SOC Analyst is open to entrants and typically asks for 0-2 years of relevant experience."
                        + " Help desk first.</p>");
    }

    @Test
    void answersDisruptionAndBridgeFromTheirFields() {
        List<Question> questions = questions(ParsedRoleBuilder.socAnalyst());

        assertThat(questions.get(3).answerHtml()).isEqualTo(
                "<p>High disruption (45/100). Triage automates. Three-year forecast: fewer tier-1 seats.</p>");
        assertThat(questions.get(4).answerHtml()).isEqualTo(
                "<p>The applied AI counterpart role is MLOps Engineer. The two roles share core practitioner discipline."
                        + " Practitioners transitioning between the verticals often retain 60-70% of their methodology"
                        + " while learning the domain-specific vocabulary and tooling. DecipherU&#39;s cross-vertical"
                        + " bridges document this explicitly.</p>");
    }

    private List<Question> questions(ParsedRoleBuilder role) {
        return writer.questionsFor(role.build(), DISRUPTION, BRIDGE);
    }
}
