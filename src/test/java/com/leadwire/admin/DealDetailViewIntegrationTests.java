package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

@OnH2
class DealDetailViewIntegrationTests extends PanelTestSupport {

    private long newDeal(String name, String email) throws Exception {
        var response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads", email, name, "{\"platform\": \"Feirão Digital\", \"type\": \"AVALIAÇÃO\"}"));
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("dealId").asLong();
    }

    private List<String> lines() {
        return _find(Div.class).stream().map(div -> div.getElement().getText().isEmpty()
                ? div.getChildren().map(child -> child.getElement().getText()).reduce("", String::concat)
                : div.getElement().getText()).toList();
    }

    @Test
    void aDealShowsItsContactStageFieldsHistoryAndAnEmptyConversation() throws Exception {
        String email = Unique.email("detalhe");
        String name = "<b>Loja</b> " + Unique.suffix();
        long dealId = newDeal(name, email);

        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);

        assertThat(_get(H2.class).getText()).isEqualTo(name + " – Feirão Digital");
        assertThat(lines()).contains("Contact: " + name + " <" + email + ">", "Pipeline / stage: Feirão Digital / AVALIAÇÃO",
                "type: AVALIAÇÃO");
        assertThat(lines()).anySatisfy(line -> assertThat(line).contains("Created in AVALIAÇÃO").contains("api:initial"));
        assertThat(_get(Paragraph.class).getText()).isEqualTo("No Telegram messages on this deal yet.");
    }

    @Test
    void anUnknownDealSaysSo() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("deals/987654321");

        assertThat(_get(H2.class).getText()).isEqualTo("There is no deal 987654321.");
    }
}
