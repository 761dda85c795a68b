package com.leadwire.admin.leads.list;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadFollowUpStatus;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestLeads;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

@OnH2
class LeadsViewIntegrationTests extends PanelTestSupport {

    @Autowired
    MovableClock clock;

    private TestLeads leads;
    private String tag;
    private long group;

    private record Made(long contactId, long dealId, String email, Long followUpId) {
    }

    @BeforeEach
    void group() {
        leads = new TestLeads(jdbc);
        tag = Unique.suffix();
        group = leads.group("Carrinho " + tag, clock.instant());
    }

    @AfterEach
    void deleteLeads() {
        leads.deleteAll();
    }

    private Made lead(String name, boolean activeFollowUp) throws Exception {
        String email = Unique.email("painel-leads");
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, email, name, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = new ObjectMapper().readTree(created.body());
        long contact = body.get("contactId").asLong();
        long deal = body.get("dealId").asLong();
        Instant now = clock.instant();
        Long followUp = null;
        if (activeFollowUp) {
            followUp = leads.followUp(contact, deal, "ACTIVE", null, now);
            leads.email(followUp, 1, "SENT", now.plus(Duration.ofMinutes(1)));
        }
        leads.member(group, contact, deal, followUp, now, name, email, "curso-painel", "BR");
        return new Made(contact, deal, email, followUp);
    }

    private LeadsView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("leads", LeadsView.ofGroup(group));
        return _get(LeadsView.class);
    }

    @Test
    void theGroupOfTheAddressIsChosenAndEachColumnFilterNarrowsTheList() throws Exception {
        Made ana = lead("Ana " + tag, true);
        lead("Bruno " + tag, false);
        LeadsView view = opened();

        assertThat(view.filters.group.getValue()).isEqualTo(group);
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 leads");

        _setValue(view.filters.name, "ana " + tag);
        assertThat(_fetch(view.grid, 0, 10)).extracting(Lead::contactId).containsExactly(ana.contactId());
        assertThat(view.total.getText()).isEqualTo("1 lead");
        _setValue(view.filters.name, "");
        _setValue(view.filters.followUpStatus, LeadFollowUpStatus.NONE);
        assertThat(_fetch(view.grid, 0, 10)).extracting(Lead::name).containsExactly("Bruno " + tag);
        _setValue(view.filters.emailStatus, com.leadwire.leads.LeadEmailStatus.SENT);
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.isVisible()).as("the filters stay reachable").isTrue();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No lead matches these filters. Clear a filter to see more.");

        _click(_get(Button.class, spec -> spec.withText("Clear filters")));
        assertThat(view.filters.group.getValue()).isNull();
        assertThat(view.filters.followUpStatus.getValue()).isNull();
        _setValue(view.filters.email, ana.email());
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.csv.isEnabled()).isTrue();
    }

    @Test
    void unsubscribingALeadAfterTheConfirmationStopsItsFollowUpAtOnce() throws Exception {
        Made ana = lead("Ana " + tag, true);
        LeadsView view = opened();

        _click((Button) _getCellComponent(view.grid, 0, "unsubscribe"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Unsubscribe Ana " + tag + " from follow-ups?");
        _fireConfirm(confirm);

        expectNotifications("Ana " + tag + " is unsubscribed: their follow-ups have stopped.");
        assertThat(jdbc.queryForMap("SELECT status, stop_reason FROM follow_up WHERE id = ?", ana.followUpId()))
                .containsEntry("status", "STOPPED").containsEntry("stop_reason", "UNSUBSCRIBED");
        assertThat(count("SELECT COUNT(*) FROM contact WHERE id = ? AND unsubscribed = TRUE", ana.contactId())).isEqualTo(1);
        Lead shown = _fetch(view.grid, 0, 1).get(0);
        assertThat(shown.followUpStatus()).isEqualTo(LeadFollowUpStatus.STOPPED);
        assertThat(((Span) _getCellComponent(view.grid, 0, "unsubscribe")).getText()).isEqualTo("Unsubscribed");
        assertThat(((Span) _getCellComponent(view.grid, 0, "followUpStatus")).getText()).isEqualTo("Stopped: unsubscribed");
    }

    @Test
    void aProcessedOrderLinksToItsDeal() throws Exception {
        Made ana = lead("Ana " + tag, false);
        ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals/" + ana.dealId() + "/won", "{}");
        LeadsView view = opened();

        assertThat(((com.vaadin.flow.router.RouterLink) _getCellComponent(view.grid, 0, "processedOrder")).getHref())
                .isEqualTo("deals/" + ana.dealId());
    }
}
