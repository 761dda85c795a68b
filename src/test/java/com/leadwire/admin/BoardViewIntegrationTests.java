package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.ApplicationConstants;

@OnH2
class BoardViewIntegrationTests extends PanelTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withoutLoginThePanelShowsTheLoginForm() {
        UI.getCurrent().navigate("");

        _get(LoginForm.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("deal-card"))).isEmpty();
    }

    @Test
    void theAdminSeesTheDemoBoardWithTheNewLeadCard() {
        String name = "Board Lead " + Unique.suffix();
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("board"), name, null)).statusCode()).isEqualTo(201);

        login("admin", "admin-test-password");
        UI.getCurrent().navigate("");

        @SuppressWarnings("unchecked")
        Select<PipelineView> pipeline = _get(Select.class);
        assertThat(pipeline.getValue().name()).isEqualTo("autocloud");
        List<String> columns = _find(H3.class).stream().map(H3::getText).toList();
        assertThat(columns).containsExactly("LEAD", "APRESENTAÇÃO", "CREDENCIAMENTO", "AVALIAÇÃO", "CLIENTE", "SEM INTERESSE");
        assertThat(details(cardOf(name))).containsExactly(name, "No value", "Source: Leads autocloud®", "Created today");
    }

    @Test
    void aCardTitleLinksToItsDealLikeARouterLink() throws Exception {
        String name = "Linked Lead " + Unique.suffix();
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("link"), name, null));
        long dealId = json.readTree(created.body()).get("dealId").asLong();

        login("admin", "admin-test-password");
        UI.getCurrent().navigate("");

        Anchor title = _get(cardOf(name), Anchor.class);
        assertThat(title.getText()).isEqualTo(name + " – autocloud");
        assertThat(title.getHref()).isEqualTo(RouteConfiguration.forSessionScope().getUrl(DealDetailView.class, dealId));
        assertThat(title.getElement().hasAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE)).isTrue();
    }

    @Test
    void aFullStageShowsItsNewestHundredCardsAndHowManyThereAre() throws Exception {
        Http api = ApiClient.authenticated(baseUrl());
        String pipelineName = Unique.key("Full board");
        var created = api.postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Open deals", "kind": "OPEN"}, {"name": "Won deals", "kind": "WON"},
                 {"name": "Lost deals", "kind": "LOST"}]}""".formatted(pipelineName));
        assertThat(created.statusCode()).isEqualTo(201);
        long pipelineId = json.readTree(created.body()).get("id").asLong();
        IntStream.rangeClosed(1, BoardView.CARDS_PER_STAGE + 1).forEach(i -> assertThat(api.postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"title": "Full %d", "pipelineId": %d, "amount": 1500.5, "currency": "BRL"}}"""
                .formatted(Unique.email("full"), i, pipelineId)).statusCode()).isEqualTo(201));

        login("admin", "admin-test-password");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Select<PipelineView> pipeline = _get(Select.class);
        pipeline.setValue(pipeline.getListDataView().getItems().filter(p -> p.name().equals(pipelineName)).findFirst().orElseThrow());

        List<Div> cards = _find(Div.class, spec -> spec.withClasses("deal-card"));
        assertThat(cards).hasSize(BoardView.CARDS_PER_STAGE);
        assertThat(_get(cards.get(0), Anchor.class).getText()).isEqualTo("Full " + (BoardView.CARDS_PER_STAGE + 1));
        assertThat(details(cards.get(0))).element(1)
                .isEqualTo(DealValues.format(new BigDecimal("1500.50"), "BRL", UI.getCurrent().getLocale(), "?"));
        assertThat(_find(Span.class, spec -> spec.withText("101 deals"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("Showing the newest 100 of 101"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("No deals in this stage"))).hasSize(2);
        assertThat(_find(Span.class, spec -> spec.withText("Won"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("Lost"))).hasSize(1);
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPage() {
        var response = new Http(baseUrl()).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static Div cardOf(String contactName) {
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("deal-card")
                .withPredicate(card -> details(card).contains(contactName)));
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    /** The card's lines under its title: contact, value, source (if any), age. */
    private static List<String> details(Div card) {
        return List.of(_get(card, Text.class).getText().split("\n"));
    }
}
