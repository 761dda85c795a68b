package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.Rules;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

@OnH2
class DealTimelineViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Rules rules;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    AutomationSwitch automation;

    /** A deal from a source of its own, for which one rule of its own fired; the rule's name. */
    private String firedRule(SourceView source) {
        String name = Unique.key("Boas-vindas");
        rules.create(TestRules.emailOnNewDealFrom(name, source.key(), "LEADS - NOVO ENVIO", "contact"), "test");
        return name;
    }

    private static String page() {
        return _get(DealDetailView.class).getElement().getTextRecursively();
    }

    @Test
    void theTimelineShowsTheStageTheDealEnteredAndARuleFiringWithWhy() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String rule = firedRule(source);
        String email = Unique.email("linha");
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), email, "Renata Dias");
        login("admin", "admin-test-password");

        UI.getCurrent().navigate("deals/" + dealId);

        DealTimelineView timeline = _get(DealTimelineView.class);
        String text = timeline.getElement().getTextRecursively();
        assertThat(text).startsWith("Timeline")
                .contains("Rule \"" + rule + "\" (Deal created) fired")
                .contains("Because: deal " + dealId + " created")
                .contains("✓ Source equals " + source.key() + " — actual: " + source.name() + " (" + source.key() + ")")
                .contains("→ Send an e-mail: e-mail 'LEADS - NOVO ENVIO: Renata Dias' to " + email)
                .contains("Created in LEAD by api:");
        // newest first: the firing was recorded after the deal entered its stage
        assertThat(text.indexOf("Rule \"" + rule + "\"")).isLessThan(text.indexOf("Created in LEAD"));
    }

    @Test
    void pendingTimersSayWhichRuleLooksAtTheDealAgainAndWhen() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("lembrete"), "Lia Prado");
        login("admin", "admin-test-password");

        UI.getCurrent().navigate("deals/" + dealId);

        String text = _get(PendingTimersView.class).getElement().getTextRecursively();
        assertThat(text).startsWith("Pending timers")
                .contains("autocloud: lead parado há 5 dias (if it is still in this stage)")
                .contains("autocloud: lead parado há 15 dias (if it is still in this stage)");
    }

    @Test
    void whichRulesWouldFireNowListsOnlyTheRulesThatWould() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String rule = firedRule(source);
        String other = Unique.key("Outra origem");
        rules.create(TestRules.emailOnNewDealFrom(other, Unique.key("no-such-source"), "LEADS - NOVO ENVIO", "contact"), "test");
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("agora"), "Paulo Reis");
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);

        _click(_get(Button.class, spec -> spec.withId("rules-now")));

        assertThat(page()).contains(rule + "Would fire").contains("e-mail 'LEADS - NOVO ENVIO: Paulo Reis'").doesNotContain(other);
    }

    @Test
    void aBrazilianReaderGetsTheTimelineInPortuguese() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String rule = firedRule(source);
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("portugues"), "Lia Torres");
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(PanelTranslations.PORTUGUESE);

        UI.getCurrent().navigate("deals/" + dealId);

        assertThat(page()).contains("Linha do tempo").contains("Regra \"" + rule + "\" (Negócio criado) disparou")
                .contains("✓ Origem é igual a " + source.key() + " — real: ").contains("Criado em LEAD por api:")
                .contains("Quais regras disparariam agora?");
    }

    @Test
    void aRuleDueWhileAutomationWasOffIsShownAsSkipped() throws Exception {
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String rule = firedRule(source);
        long dealId;
        automation.turn(false, "test");
        try {
            dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("desligada"), "Ivo Matos");
        } finally {
            automation.turn(true, "test");
        }
        login("admin", "admin-test-password");

        UI.getCurrent().navigate("deals/" + dealId);

        assertThat(page()).contains("Rule \"" + rule + "\" (Deal created) skipped: automation was off (not sent, not later either)");
    }
}
