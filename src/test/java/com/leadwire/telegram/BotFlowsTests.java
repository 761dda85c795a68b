package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.telegram.BotFlow.AnswerKind;
import com.leadwire.telegram.BotFlow.FieldTarget;

class BotFlowsTests {

    private final BotFlows flows = new BotFlows(new ObjectMapper());

    private static final String EMAIL_STEP = "{\"question\": \"E-mail?\", \"answer\": \"EMAIL\", \"fills\": \"contact.email\"}";

    @Test
    void readsAFlowWithItsStepsTargetsAndNotifySetting() {
        BotFlow flow = flows.parse("""
                {"steps": [%s, {"question": "Products?", "answer": "MULTIPLE_CHOICE", "options": ["A", "B"], "fills": "deal.products"}],
                 "confirmation": "Thanks", "notify": "chat:-100123"}""".formatted(EMAIL_STEP));

        assertThat(flow.steps()).hasSize(2);
        assertThat(flow.steps().get(1).answer()).isEqualTo(AnswerKind.MULTIPLE_CHOICE);
        assertThat(flow.steps().get(1).target()).isEqualTo(new FieldTarget(FieldTarget.Part.DEAL_PRODUCTS, "products"));
        assertThat(flow.notifyWhom()).isEqualTo("chat:-100123");
    }

    @Test
    void refusesUnknownPropertiesNamingThem() {
        assertRefused("{\"steps\": [%s], \"confirmation\": \"ok\", \"colour\": \"red\"}".formatted(EMAIL_STEP), "colour");
    }

    @Test
    void refusesAFlowWithoutAnEmailStep() {
        assertRefused("{\"steps\": [{\"question\": \"Name?\", \"answer\": \"TEXT\", \"fills\": \"contact.name\"}], \"confirmation\": \"ok\"}",
                "contact.email");
    }

    @Test
    void refusesChoicesWithoutOptionsAndOptionsOnFreeText() {
        assertRefused("{\"steps\": [%s, {\"question\": \"Pick\", \"answer\": \"CHOICE\", \"fills\": \"deal.x\"}], \"confirmation\": \"ok\"}"
                .formatted(EMAIL_STEP), "1–20 options");
        assertRefused("{\"steps\": [%s, {\"question\": \"Name\", \"answer\": \"TEXT\", \"options\": [\"a\"], \"fills\": \"contact.name\"}], \"confirmation\": \"ok\"}"
                .formatted(EMAIL_STEP), "only for CHOICE");
    }

    @Test
    void refusesAFieldFilledTwiceAnUnknownTargetAndABadNotify() {
        assertRefused("{\"steps\": [%s, %s], \"confirmation\": \"ok\"}".formatted(EMAIL_STEP, EMAIL_STEP), "earlier step");
        assertRefused("{\"steps\": [%s, {\"question\": \"Q\", \"answer\": \"TEXT\", \"fills\": \"order.total\"}], \"confirmation\": \"ok\"}"
                .formatted(EMAIL_STEP), "fills is");
        assertRefused("{\"steps\": [%s], \"confirmation\": \"ok\", \"notify\": \"everyone\"}".formatted(EMAIL_STEP), "notify");
    }

    @Test
    void refusesMissingConfirmationAndNonJson() {
        assertRefused("{\"steps\": [%s]}".formatted(EMAIL_STEP), "confirmation");
        assertRefused("steps: none", "not valid JSON");
        assertRefused(null, "needs a bot flow");
    }

    @Test
    void typedAnswersAreValidatedByTheirKind() {
        BotFlow flow = flows.parse("""
                {"steps": [%s,
                  {"question": "Phone?", "answer": "PHONE", "fills": "contact.phone"},
                  {"question": "Which?", "answer": "MULTIPLE_CHOICE", "options": ["Loja virtual", "Treinamento"], "fills": "deal.products"}],
                 "confirmation": "ok"}""".formatted(EMAIL_STEP));

        assertThat(StepAnswers.typed(flow.steps().get(0), " Ana@Example.COM ")).contains("ana@example.com");
        assertThat(StepAnswers.typed(flow.steps().get(0), "ana at example")).isEmpty();
        assertThat(StepAnswers.typed(flow.steps().get(1), "(11) 98765-4321")).contains("+5511987654321");
        assertThat(StepAnswers.typed(flow.steps().get(1), "call me")).isEmpty();
        assertThat(StepAnswers.typed(flow.steps().get(2), "treinamento, loja virtual")).contains("Treinamento, Loja virtual");
        assertThat(StepAnswers.typed(flow.steps().get(2), "treinamento, other")).isEmpty();
    }

    private void assertRefused(String settings, String message) {
        assertThatThrownBy(() -> flows.parse(settings)).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }
}
