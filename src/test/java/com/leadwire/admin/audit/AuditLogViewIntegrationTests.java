package com.leadwire.admin.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.audit.AuditEntry;
import com.leadwire.audit.AuditLog;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

@OnH2
class AuditLogViewIntegrationTests extends PanelTestSupport {

    @Autowired
    AuditLog audit;

    private AuditLogView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("audit");
        return _get(AuditLogView.class);
    }

    @Test
    void showsWhoDidWhatNewestFirstFilteredByWho() {
        String actor = Unique.key("auditor");
        audit.record(actor, "rule.created", AuditLog.subject("rule", 1), "'Primeira'");
        audit.record(actor, "rule.deleted", AuditLog.subject("rule", 1), "'Primeira'");
        AuditLogView view = opened(Locale.ENGLISH);

        _setValue(view.actor, actor);

        assertThat(_fetch(view.grid, 0, 50)).extracting(AuditEntry::action).containsExactly("rule.deleted", "rule.created");
        assertThat(_getFormatted(view.grid, 0, "actor")).isEqualTo(actor);
        assertThat(_getFormatted(view.grid, 0, "subject")).isEqualTo("rule:1");
        assertThat(_getFormatted(view.grid, 0, "detail")).isEqualTo("'Primeira'");
        assertThat(view.grid.getColumnByKey("at").getHeaderText()).isEqualTo("When");
        assertThat(view.empty.isVisible()).isFalse();

        _setValue(view.action, "rule.created");
        assertThat(_fetch(view.grid, 0, 50)).extracting(AuditEntry::action).containsExactly("rule.created");
    }

    @Test
    void aPeriodWithNothingInItSaysSoAndWhatToDo() {
        AuditLogView view = opened(Locale.ENGLISH);

        _setValue(view.to, LocalDate.of(2000, 1, 1));

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No change matches these filters. Clear a filter or widen the period.");

        _setValue(view.from, LocalDate.of(2000, 2, 1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end is before the start");
    }

    @Test
    void theAuditLogSpeaksPortuguese() {
        AuditLogView view = opened(Locale.forLanguageTag("pt-BR"));

        assertThat(_get(view, H2.class).getText()).isEqualTo("Registro de auditoria");
        assertThat(view.actor.getLabel()).isEqualTo("Quem");
        assertThat(view.grid.getColumnByKey("detail").getHeaderText()).isEqualTo("Detalhe");
        _setValue(view.to, LocalDate.of(2000, 1, 1));
        assertThat(view.empty.getText()).isEqualTo("Nenhuma mudança corresponde a estes filtros. Limpe um filtro ou amplie o período.");
    }
}
