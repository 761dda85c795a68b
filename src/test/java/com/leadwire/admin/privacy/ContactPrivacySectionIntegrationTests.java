package com.leadwire.admin.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.admin.contacts.ContactDetailView;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The privacy section of a contact's page: unsubscribe with a confirmation, the export download, erase after typing the e-mail. */
@OnH2
class ContactPrivacySectionIntegrationTests extends PanelTestSupport {

    private JsonNode newDeal(String email) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson(null, email, "Privacidade Painel", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body());
    }

    private ContactPrivacyPanel opened(long contactId) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(ContactDetailView.class, ContactDetailView.of(contactId));
        return _get(ContactPrivacyPanel.class);
    }

    @Test
    void unsubscribingAsksFirstThenSaysSo() throws Exception {
        long contact = newDeal(Unique.email("painel")).get("contactId").asLong();
        ContactPrivacyPanel panel = opened(contact);
        assertThat(panel.status.getText()).startsWith("Receives marketing e-mail");
        assertThat(panel.export.getHref()).isNotBlank();

        _click(panel.unsubscribe);
        assertThat(count("SELECT COUNT(*) FROM contact WHERE id = ? AND unsubscribed = TRUE", contact)).as("not before confirming").isZero();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(count("SELECT COUNT(*) FROM contact WHERE id = ? AND unsubscribed = TRUE", contact)).isOne();
        ContactPrivacyPanel shown = _get(ContactPrivacyPanel.class);
        assertThat(shown.status.getText()).startsWith("Unsubscribed");
        assertThat(shown.unsubscribe.isEnabled()).isFalse();
    }

    @Test
    void erasingNeedsTheContactsEmailTypedAndThenLeavesTheContactEmpty() throws Exception {
        String email = Unique.email("apagar-painel");
        long contact = newDeal(email).get("contactId").asLong();
        ContactPrivacyPanel panel = opened(contact);

        _click(panel.erase);
        EraseContactDialog dialog = _get(EraseContactDialog.class);
        _setValue(dialog.typed, "someone-else@example.com");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        _setValue(dialog.typed, email.toUpperCase());
        assertThat(dialog.confirm.isEnabled()).isTrue();
        _click(dialog.confirm);

        assertThat(count("SELECT COUNT(*) FROM erasure WHERE contact_id = ? AND erased_by = 'panel:admin'", contact)).isOne();
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
        UI.getCurrent().navigate(ContactDetailView.class, ContactDetailView.of(contact));
        assertThat(_get(ContactPrivacyPanel.class).status.getText()).startsWith("This contact was erased");
    }
}
