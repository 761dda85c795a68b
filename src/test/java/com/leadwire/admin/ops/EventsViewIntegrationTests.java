package com.leadwire.admin.ops;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.intake.Channel;
import com.leadwire.intake.EventOutcome;
import com.leadwire.intake.InboundEventView;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

@OnH2
class EventsViewIntegrationTests extends PanelTestSupport {

    private JsonNode newDeal(String email, String fieldsJson) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, email, "Eventos", fieldsJson));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body());
    }

    private EventsView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("events");
        return _get(EventsView.class);
    }

    private static List<InboundEventView> shown(EventsView view) {
        return _fetch(view.grid, 0, 500);
    }

    private static InboundEventView shownEvent(EventsView view, long id) {
        return shown(view).stream().filter(event -> event.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " is not shown"));
    }

    @Test
    void anEventShowsItsOutcomeAndItsPayloadWithTheSecretMasked() throws Exception {
        String email = Unique.email("masked");
        String secret = "tok_" + Unique.suffix() + "_never_shown";
        JsonNode answer = newDeal(email, "{\"api_token\": \"" + secret + "\", \"plataforma\": \"autocloud\"}");
        long eventId = answer.get("eventId").asLong();
        EventsView view = opened();

        InboundEventView event = shownEvent(view, eventId);
        assertThat(event.outcome()).isEqualTo(EventOutcome.CREATED);
        assertThat(event.dealId()).isEqualTo(answer.get("dealId").asLong());
        int row = shown(view).indexOf(event);
        assertThat(_getFormatted(view.grid, row, "channel")).isEqualTo("API");
        assertThat(_getFormatted(view.grid, row, "contact")).isEqualTo(answer.get("contactId").asText());
        view.grid.select(event);

        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.detailsTitle.getText()).isEqualTo("Event " + eventId + " (API)");
        assertThat(view.payload.getText()).contains(email, "autocloud", "\"api_token\" : \"••••••\"").doesNotContain(secret);
    }

    @Test
    void eventsAreFilteredByChannelOutcomeAndDate() throws Exception {
        String email = Unique.email("merged");
        long first = newDeal(email, null).get("eventId").asLong();
        long second = newDeal(email, null).get("eventId").asLong();
        EventsView view = opened();
        assertThat(view.from.getValue()).as("opens on the last week").isEqualTo(LocalDate.now().minusDays(6));

        _setValue(view.channel, Channel.API);
        _setValue(view.outcome, EventOutcome.MERGED);
        assertThat(shown(view)).extracting(InboundEventView::id).contains(second).doesNotContain(first);
        assertThat(shown(view)).extracting(InboundEventView::outcome).containsOnly(EventOutcome.MERGED);

        _setValue(view.outcome, EventOutcome.CREATED);
        _setValue(view.from, LocalDate.now());
        _setValue(view.to, LocalDate.now());
        assertThat(shown(view)).extracting(InboundEventView::id).contains(first).doesNotContain(second);

        _setValue(view.channel, Channel.FORM);
        assertThat(shown(view)).extracting(InboundEventView::id).doesNotContain(first, second);
        assertThat(shown(view)).allMatch(event -> event.channel() == Channel.FORM);
    }

    @Test
    void withNothingInTheChosenDaysTheViewSaysSoAndWhatToDo() throws Exception {
        newDeal(Unique.email("today"), null);
        EventsView view = opened();

        _setValue(view.from, LocalDate.now().plusDays(2));
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No events match these filters. Widen the dates or choose \"All\".");

        _setValue(view.to, LocalDate.now().plusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date is before the start date.");

        _setValue(view.from, null);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.grid.isVisible()).isTrue();
    }

    @Test
    void theEventsSpeakPortuguese() throws Exception {
        long eventId = newDeal(Unique.email("pt"), null).get("eventId").asLong();
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("events");
        EventsView view = _get(EventsView.class);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Eventos recebidos");
        assertThat(view.outcome.getLabel()).isEqualTo("Resultado");
        InboundEventView event = shownEvent(view, eventId);
        view.grid.select(event);
        assertThat(view.detailsTitle.getText()).isEqualTo("Evento " + eventId + " (API)");
        assertThat(view.grid.getColumnByKey("received").getHeaderText()).isEqualTo("Recebido em");
    }
}
