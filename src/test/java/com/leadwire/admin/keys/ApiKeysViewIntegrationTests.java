package com.leadwire.admin.keys;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeyView;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;

@OnH2
class ApiKeysViewIntegrationTests extends PanelTestSupport {

    @Autowired
    ApiKeys keys;

    private ApiKeysView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("api-keys");
        return _get(ApiKeysView.class);
    }

    private static int rowOf(ApiKeysView view, String name) {
        return IntStream.range(0, _size(view.grid)).filter(row -> _getFormatted(view.grid, row, "name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "'"));
    }

    @Test
    void createsAKeyShownOnceWithCopyThenListedWithItsScopeAndUsableAtOnce() {
        ApiKeysView view = opened(Locale.ENGLISH);
        String name = "Site " + Unique.suffix();

        _click(view.newKey);
        _setValue(view.dialog.name, name);
        _setValue(view.dialog.scope, ApiKeyScope.WRITE);
        _click(view.dialog.create);

        String key = view.dialog.shownKey.text.getValue();
        assertThat(key).startsWith("lw_");
        assertThat(view.dialog.shownKey.copy.getText()).isEqualTo("Copy");
        int row = rowOf(view, name);
        assertThat(_getFormatted(view.grid, row, "scope")).isEqualTo("write");
        assertThat(_getFormatted(view.grid, row, "lastUsed")).isEqualTo("never");
        assertThat(_getFormatted(view.grid, row, "prefix")).isEqualTo(key.substring(0, 8) + "…");
        assertThat(new Http(baseUrl()).header("X-Api-Key", key).get("/api/v1/pipelines").statusCode()).isEqualTo(200);
        ApiKeyView created = keys.all().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
        keys.revoke(created.id(), "test");
    }

    @Test
    void revokesAKeyAfterAConfirmation() {
        ApiKeys.CreatedKey key = keys.create("Old ERP " + Unique.suffix(), ApiKeyScope.READ, null, "test");
        ApiKeysView view = opened(Locale.ENGLISH);
        int row = rowOf(view, key.view().name());

        _click(_find(_getCellComponent(view.grid, row, "state"), Button.class).get(0));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains("refused within a few seconds").contains("cannot be undone");
        assertThat(keys.find(key.view().id()).orElseThrow().revoked()).isFalse();
        _fireConfirm(confirm);

        assertThat(keys.find(key.view().id()).orElseThrow().revoked()).isTrue();
        assertThat(_getFormatted(view.grid, rowOf(view, key.view().name()), "lastUsed")).isEqualTo("never");
        assertThat(new Http(baseUrl()).header("X-Api-Key", key.key()).get("/api/v1/pipelines").statusCode()).isEqualTo(401);
        assertThat(ApiClient.authenticated(baseUrl()).get("/api/v1/pipelines").statusCode()).isEqualTo(200);
    }

    @Test
    void theKeysSpeakPortuguese() {
        ApiKeysView view = opened(Locale.forLanguageTag("pt-BR"));

        assertThat(_get(view, H2.class).getText()).isEqualTo("Chaves de API");
        assertThat(view.newKey.getText()).isEqualTo("Nova chave");
        assertThat(view.grid.getColumnByKey("lastUsed").getHeaderText()).isEqualTo("Último uso");
        int initial = rowOf(view, "initial");
        assertThat(_getFormatted(view.grid, initial, "scope")).isEqualTo("admin");
        _click(view.newKey);
        assertThat(view.dialog.getHeaderTitle()).isEqualTo("Nova chave de API");
        assertThat(view.dialog.scopeLabel(ApiKeyScope.READ)).isEqualTo("leitura");
    }
}
