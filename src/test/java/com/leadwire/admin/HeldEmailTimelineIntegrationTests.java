package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.Rules;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** A rule's e-mail held back outside sending hours reads on the deal page's timeline with until when and why. */
@OnH2
class HeldEmailTimelineIntegrationTests extends PanelTestSupport {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Autowired
    SendingSettings settings;

    @Autowired
    Rules rules;

    @Autowired
    MailTemplates templates;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    MovableClock clock;

    private SendingSettingsDraft before;
    private Long rule;

    @BeforeEach
    void keepSettings() {
        before = settings.current().draft();
    }

    @AfterEach
    void restore() {
        if (rule != null) {
            rules.delete(rule, "test");
        }
        settings.update(before, "test");
    }

    @Test
    void aHeldRuleEmailSaysUntilWhenAndWhy() throws Exception {
        settings.update(new SendingSettingsDraft("America/Sao_Paulo", new SendingSettingsDraft.Hours(true, List.of("MONDAY", "TUESDAY",
                "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00", "18:00"), new SendingSettingsDraft.Cap(false, 3)), "test");
        SourceView source = AutomationTestData.apiSource(sources, pipelines);
        String template = Unique.key("Oferta");
        templates.create(new MailTemplateDraft(template, "pt-BR", "Oferta", "<p>Olá</p>", null, false));
        String ruleName = Unique.key("Oferta de sexta");
        rule = rules.create(TestRules.emailOnNewDealFrom(ruleName, source.key(), template, "contact"), "test").id();
        LocalDate today = LocalDate.ofInstant(clock.instant(), SAO_PAULO);
        ZonedDateTime friday = ZonedDateTime.of(today.plusDays(1).with(TemporalAdjusters.next(DayOfWeek.FRIDAY)), LocalTime.of(20, 0),
                SAO_PAULO);
        clock.advance(Duration.between(clock.instant(), friday.toInstant()));
        long dealId = AutomationTestData.dealFrom(baseUrl(), source.key(), Unique.email("sexta"), "Sexta Feira");
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("deals/" + dealId);

        String monday = DateTimeFormatter.ofPattern("EEE dd/MM", Locale.ENGLISH)
                .format(friday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        assertThat(_get(DealTimelineView.class).getElement().getTextRecursively())
                .contains("E-mail (" + template + ") of rule '" + ruleName + "' held until " + monday + " 09:00 America/Sao_Paulo: "
                        + "outside sending hours · waiting");
    }
}
