package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;

@OnH2
class BoardViewIntegrationTests extends PanelTestSupport {

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
        Select<com.leadwire.pipeline.PipelineView> pipeline = _get(Select.class);
        assertThat(pipeline.getValue().name()).isEqualTo("autocloud");
        List<String> columns = _find(H3.class).stream().map(H3::getText).toList();
        assertThat(columns).containsExactly("LEAD", "APRESENTAÇÃO", "CREDENCIAMENTO", "AVALIAÇÃO", "CLIENTE", "SEM INTERESSE");
        assertThat(_find(Span.class, spec -> spec.withText(name))).hasSize(1);
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPage() {
        var response = new Http(baseUrl()).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
