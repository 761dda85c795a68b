package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** The deal page's timeline tells a follow-up's start, each e-mail and its stop with why, in the reader's language. */
@OnH2
class DealFollowUpTimelineIntegrationTests extends PanelTestSupport {

    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    @Autowired
    Rules rules;

    @Autowired
    Sequences sequences;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    Timers timers;

    @Autowired
    MovableClock clock;

    private Long rule;

    @AfterEach
    void deleteRule() {
        if (rule != null) {
            rules.delete(rule, "test");
        }
    }

    private String timeline(long dealId, Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("deals/" + dealId);
        return _get(DealTimelineView.class).getElement().getTextRecursively();
    }

    @Test
    void theStartEachEmailAndTheStopAreOnTheTimeline() throws Exception {
        PipelineView pipeline = AutomationTestData.pipeline(pipelines, "Espera", "Seguinte");
        String source = Unique.key("linha-follow");
        sources.create(new SourceDraft(SourceKind.API, source, "Linha " + source, pipeline.id(), AutomationTestData.stage(pipeline, "Espera"),
                null, null, null, List.of()), "test");
        SequenceView sequence = sequences.create(new SequenceDraft(Unique.key("Linha"), List.of(new SequenceEmail(TEMPLATE, "PT1M", null),
                new SequenceEmail(TEMPLATE, "PT1H", null)), null), "test");
        rule = rules.create(new RuleDefinition("Segue na linha", null, true, RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(List.of(TestRules.sourceIs(source)), List.of()),
                List.of(RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequence.id()))), "test").id();
        String email = Unique.email("linha");
        long dealId = AutomationTestData.dealFrom(baseUrl(), source, email, "Renata Dias");
        clock.advance(Duration.ofMinutes(2));
        timers.fireDue();
        HttpResponse<String> moved = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals/" + dealId + "/move",
                "{\"stageId\": " + AutomationTestData.stage(pipeline, "Seguinte") + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        assertThat(timeline(dealId, Locale.ENGLISH))
                .contains("Follow-up sequence \"" + sequence.name() + "\" started by rule 'Segue na linha'")
                .contains("Follow-up \"" + sequence.name() + "\", e-mail 1: \"LEADS - NOVO ENVIO: Renata Dias\" to " + email)
                .contains("Follow-up sequence \"" + sequence.name() + "\" stopped: the deal moved to another stage");
        assertThat(timeline(dealId, Locale.forLanguageTag("pt-BR")))
                .contains("Sequência de follow-up \"" + sequence.name() + "\" iniciada por rule 'Segue na linha'")
                .contains("Sequência de follow-up \"" + sequence.name() + "\" parada: o negócio mudou de etapa");
    }
}
