package com.leadwire.admin.contacts;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.MergeSide;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;

@OnH2
class ContactsViewIntegrationTests extends PanelTestSupport {

    private JsonNode newDeal(String email, String name) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, email, name, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body());
    }

    private ContactsView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("contacts");
        return _get(ContactsView.class);
    }

    @Test
    void theListFindsAContactByNameAndCountsTheMatches() throws Exception {
        String tag = Unique.suffix();
        long id = newDeal(Unique.email("panel"), "Painel " + tag).get("contactId").asLong();
        ContactsView view = opened();

        _setValue(view.search, tag);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_fetch(view.grid, 0, 10)).extracting(ContactView::id).containsExactly(id);

        _setValue(view.search, "no-one-" + tag);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getText()).isEqualTo("No contact matches. Clear the search or a filter to see more.");
    }

    @Test
    void theContactPageShowsItsEmailsAndLinksItsDeals() throws Exception {
        String email = Unique.email("page");
        JsonNode created = newDeal(email, "Página Contato");
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(ContactDetailView.class, ContactDetailView.of(created.get("contactId").asLong()));

        assertThat(_get(H2.class, spec -> spec.withText("Página Contato"))).isNotNull();
        assertThat(_find(_get(ContactFacts.class).emails, Anchor.class)).extracting(Anchor::getText).containsExactly(email);
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref).contains("deals/" + created.get("dealId").asLong());
    }

    private JsonNode newDeal(String contactJson) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", "{\"contact\": " + contactJson + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body());
    }

    @Test
    void aDuplicateIsMergedAfterAPreviewAndTheMergeUndoneFromTheContactPage() throws Exception {
        String tag = Unique.suffix();
        String digits = "%08d".formatted(Math.floorMod(tag.hashCode(), 100_000_000));
        String intoEmail = Unique.email("keep");
        String fromEmail = Unique.email("dup");
        long into = newDeal("{\"email\": \"" + intoEmail + "\", \"name\": \"Rui\", \"phone\": \"+55 11 9" + digits + "\"}")
                .get("contactId").asLong();
        long from = newDeal("{\"email\": \"" + fromEmail + "\", \"name\": \"Rui Costa\", \"phone\": \"119" + digits + "\"}")
                .get("contactId").asLong();
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(ContactDetailView.class, ContactDetailView.of(into));

        Button merge = _get(Button.class, spec -> spec.withText("Merge into this contact…"));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("contact-duplicates")).getElement().getTextRecursively()).contains("same phone");
        _click(merge);
        MergeDialog dialog = _get(MergeDialog.class);
        assertThat(dialog.choices.keySet()).containsExactly("name");
        _setValue(dialog.choices.get("name"), MergeSide.FROM);
        _click(dialog.confirm);

        expectNotifications("Merged: one e-mail and one deal moved here. The merge can be undone under Merges.");
        assertThat(_find(_get(ContactFacts.class).emails, Anchor.class)).extracting(Anchor::getText).containsExactly(intoEmail, fromEmail);
        assertThat(_get(H2.class, spec -> spec.withText("Rui Costa"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Undo merge")));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Merge undone: contact " + from + " is back. Nothing had arrived since the merge.");
        assertThat(_find(_get(ContactFacts.class).emails, Anchor.class)).extracting(Anchor::getText).containsExactly(intoEmail);
        assertThat(_get(H2.class, spec -> spec.withText("Rui"))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Undo merge"))).isEmpty();
    }

    @Test
    void aSecondEmailIsAddedOnTheContactPageAndAnotherContactsEmailIsRefusedUnderTheField() throws Exception {
        long contactId = newDeal(Unique.email("form"), "Formulário").get("contactId").asLong();
        String taken = Unique.email("taken");
        newDeal(taken, "Outra Pessoa");
        String second = Unique.email("second");
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(ContactDetailView.class, ContactDetailView.of(contactId));

        ContactEmailForm form = _get(ContactEmailForm.class);
        _setValue(form.email, taken);
        _click(form.add);
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Another contact has this e-mail. Merge the two contacts instead.");

        _setValue(form.email, second);
        _click(form.add);
        expectNotifications("E-mail " + second + " added: intake with it now finds this contact.");
        assertThat(_find(_get(ContactFacts.class).emails, Anchor.class)).extracting(Anchor::getText).endsWith(second);
        assertThat(newDeal(second, "Formulário").get("contactId").asLong()).isEqualTo(contactId);
    }
}
