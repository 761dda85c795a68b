package com.leadwire.admin.sources;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.forms.FormSettings;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.telegram.BotFlow;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.SignedPayloads;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Each kind's editor, through the panel as an admin uses it, checked against what the sources service then holds. */
@OnH2
class SourceEditorViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

    @Autowired
    CustomFields customFields;

    @Autowired
    ObjectMapper json;

    private SourceEditorView opened(String parameter) {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("sources/edit/" + parameter);
        return _get(SourceEditorView.class);
    }

    private SourceView stored(String key) {
        return sources.findByKey(key).orElseThrow();
    }

    private <T> T settingsOf(String key, Class<T> type) throws Exception {
        return json.readValue(stored(key).settings(), type);
    }

    private PipelineView autocloud() {
        return pipelines.findByName("autocloud").orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(notification -> notification.getElement().getProperty("text")).toList();
    }

    private void place(SourceEditorView editor, PipelineView pipeline, String stage) {
        @SuppressWarnings("unchecked")
        Select<PipelineView> pipelineSelect = _get(editor.placement, Select.class, spec -> spec.withLabel("Pipeline"));
        _setValue(pipelineSelect, pipeline);
        @SuppressWarnings("unchecked")
        Select<com.leadwire.pipeline.StageView> stageSelect = _get(editor.placement, Select.class, spec -> spec.withLabel("Stage"));
        _setValue(stageSelect, pipeline.stages().stream().filter(found -> found.name().equals(stage)).findFirst().orElseThrow());
    }

    private String savedKeyAfterCreate() {
        SourceEditorView editor = _get(SourceEditorView.class);
        return editor.key.getValue();
    }

    @Test
    void aFormIsCreatedFromTheListWithItsFieldsMappedToCustomFieldsAndEditedAgain() throws Exception {
        String plan = "plan_" + Unique.suffix().replaceAll("[^a-z0-9]", "");
        customFields.create(new CustomFieldDraft(FieldScope.DEAL, plan, FieldType.CHOICE, List.of("Basic", "Pro"), "Plan " + plan,
                "Plano " + plan, null));
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("sources");
        SourcesView list = _get(SourcesView.class);
        _click(list.create);
        _click(_get(list.kinds, Button.class, spec -> spec.withText("Form")));

        SourceEditorView editor = _get(SourceEditorView.class);
        assertThat(editor.heading.getText()).isEqualTo("New Form");
        String name = "Site form " + Unique.suffix();
        _setValue(editor.name, name);
        assertThat(editor.key.getValue()).isEqualTo(SourceEditorView.keyOf(name)).startsWith("site-form-");
        place(editor, autocloud(), "LEAD");
        FormEditor form = (FormEditor) editor.settings;
        assertThat(form.fields).extracting(row -> row.name.getValue()).containsExactly("name", "email");
        assertThat(form.fields.get(1).fills.getValue()).isEqualTo("contact.email");
        _click(form.addField);
        FormFieldRow planRow = form.fields.get(2);
        _setValue(planRow.name, "plano");
        _setValue(planRow.label, "Plano");
        _setValue(planRow.type, FormSettings.FieldType.SELECT);
        assertThat(planRow.options.isVisible()).isTrue();
        _setValue(planRow.options, "Basic, Pro");
        assertThat(planRow.fills.getListDataView().getItems().toList()).contains("deal.fields." + plan, "contact.phone");
        assertThat(planRow.fills.getItemLabelGenerator().apply("deal.fields." + plan)).isEqualTo("Deal: Plan " + plan);
        _setValue(planRow.fills, "deal.fields." + plan);
        _setValue(editor.title.template, "{{contact.name}} – {{fields." + plan + "}}");
        assertThat(editor.title.preview.getText()).isEqualTo("Preview: Ana Souza – Basic");
        _click(editor.save);

        String key = savedKeyAfterCreate();
        SourceView created = stored(key);
        assertThat(created.kind()).isEqualTo(SourceKind.FORM);
        assertThat(created.stageId()).isEqualTo(autocloud().stages().stream().filter(s -> s.name().equals("LEAD")).findFirst().orElseThrow().id());
        FormSettings settings = settingsOf(key, FormSettings.class);
        assertThat(settings.fields()).extracting(FormSettings.Field::name).containsExactly("name", "email", "plano");
        assertThat(settings.fields().get(2).options()).containsExactly("Basic", "Pro");
        assertThat(settings.mapping()).containsEntry("plano", "deal.fields." + plan).containsEntry("email", "contact.email");
        SourceEditorView saved = _get(SourceEditorView.class);
        assertThat(saved.heading.getText()).isEqualTo("Form: " + name);
        CopyBox embed = _get(saved.readyToCopy, CopyBox.class);
        assertThat(embed.text.getValue()).matches("<script src=\"http.*/embed/" + key + "\\.js\" async></script>");

        FormEditor again = (FormEditor) saved.settings;
        _setValue(again.fields.get(2).label, "Seu plano");
        _click(again.fields.get(0).remove);
        _click(saved.save);
        FormSettings changed = settingsOf(key, FormSettings.class);
        assertThat(changed.fields()).extracting(FormSettings.Field::label).containsExactly("E-mail", "Seu plano");
        assertThat(changed.mapping()).doesNotContainKey("name").containsEntry("plano", "deal.fields." + plan);
        assertThat(stored(key).dealTitleTemplate()).isEqualTo("{{contact.name}} – {{fields." + plan + "}}");
    }

    @Test
    void thePreviewFollowsTheTemplateAsItIsTypedAndSaysWhenItIsBroken() {
        SourceEditorView editor = opened("new-form");
        _setValue(editor.name, "Preview");
        assertThat(editor.title.preview.getText()).isEqualTo("Preview: Ana Souza");
        _setValue(editor.title.template, "{{source.name}}: {{contact.email}} ({{deal.products}})");
        assertThat(editor.title.preview.getText()).isEqualTo("Preview: Preview: ana.souza@example.com (Online store)");
        _setValue(editor.title.template, "{{#contact.name}} open section");
        assertThat(editor.title.preview.getText()).startsWith("This template does not work: the deal title template does not compile");
        assertThat(editor.title.template.isInvalid()).isTrue();

        _setValue(editor.key, "preview-" + Unique.suffix());
        _click(editor.save);
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Not saved: the deal title template does not compile"));
    }

    @Test
    void aPopupIsSavedWithItsOpeningOptions() throws Exception {
        SourceEditorView editor = opened("new-popup");
        _setValue(editor.name, "Exit offer " + Unique.suffix());
        FormEditor form = (FormEditor) editor.settings;
        assertThat(form.popup.trigger.getValue()).isEqualTo(FormSettings.PopupTrigger.DELAY);
        assertThat(form.popup.seconds.isVisible()).isTrue();
        _setValue(form.popup.trigger, FormSettings.PopupTrigger.SCROLL);
        assertThat(form.popup.seconds.isVisible()).isFalse();
        _setValue(form.popup.scrollPercent, 70);
        _click(editor.save);
        String key = savedKeyAfterCreate();

        assertThat(stored(key).kind()).isEqualTo(SourceKind.POPUP);
        assertThat(settingsOf(key, FormSettings.class).popup()).isEqualTo(new FormSettings.Popup(FormSettings.PopupTrigger.SCROLL, 5, 70));
        FormEditor reopened = (FormEditor) _get(SourceEditorView.class).settings;
        assertThat(reopened.popup.scrollPercent.getValue()).isEqualTo(70);
        assertThat(reopened.popup.scrollPercent.isVisible()).isTrue();

        _setValue(reopened.popup.trigger, FormSettings.PopupTrigger.DELAY);
        _setValue(reopened.popup.seconds, 7200);
        _click(_get(SourceEditorView.class).save);
        assertThat(notifications()).contains("Not saved: form settings: popup.seconds must be 0–3600");
        assertThat(settingsOf(key, FormSettings.class).popup().trigger()).isEqualTo(FormSettings.PopupTrigger.SCROLL);
    }

    @Test
    void aPopupOrFormCanBeMarkedAsACheckoutAndOtherKindsCannot() throws Exception {
        SourceEditorView editor = opened("new-popup");
        assertThat(editor.checkout.isVisible()).isTrue();
        assertThat(editor.checkout.getLabel()).isEqualTo("This is a checkout");
        assertThat(editor.checkout.getValue()).isFalse();
        _setValue(editor.name, "Checkout " + Unique.suffix());
        _setValue(editor.checkout, true);
        _click(editor.save);
        String key = savedKeyAfterCreate();

        assertThat(stored(key).checkout()).isTrue();
        SourceEditorView reopened = _get(SourceEditorView.class);
        assertThat(reopened.checkout.getValue()).isTrue();
        _setValue(reopened.checkout, false);
        _click(reopened.save);
        assertThat(stored(key).checkout()).isFalse();

        assertThat(opened("new-api").checkout.isVisible()).isFalse();
        assertThat(opened("new-telegram").checkout.isVisible()).isFalse();
    }

    @Test
    void aBotFlowIsWrittenAsQuestionRowsAndRefusedWithoutAnEmailQuestion() throws Exception {
        SourceEditorView editor = opened("new-telegram");
        _setValue(editor.name, "Bot " + Unique.suffix());
        BotFlowEditor flow = (BotFlowEditor) editor.settings;
        assertThat(flow.questions).extracting(row -> row.fills.getValue()).containsExactly("contact.name", "contact.email");
        _click(flow.addQuestion);
        BotQuestionRow platform = flow.questions.get(2);
        _setValue(platform.question, "Qual plataforma?");
        _setValue(platform.answer, BotFlow.AnswerKind.CHOICE);
        assertThat(platform.options.isVisible()).isTrue();
        _setValue(platform.options, "autocloud, Feirão Digital");
        _setValue(platform.fills, "deal.platform");
        _click(platform.up);
        assertThat(flow.questions.get(1)).isSameAs(platform);
        assertThat(platform.number.getText()).isEqualTo("2.");
        _click(editor.save);
        String key = savedKeyAfterCreate();

        BotFlow saved = settingsOf(key, BotFlow.class);
        assertThat(saved.steps()).extracting(BotFlow.FlowStep::fills).containsExactly("contact.name", "deal.platform", "contact.email");
        assertThat(saved.steps().get(1).options()).containsExactly("autocloud", "Feirão Digital");
        assertThat(saved.confirmation()).isEqualTo("Thank you, {{contact.name}}! We will be in touch soon.");
        SourceEditorView reopened = _get(SourceEditorView.class);
        assertThat(_find(reopened.readyToCopy, com.vaadin.flow.component.html.Paragraph.class))
                .anySatisfy(text -> assertThat(text.getText()).contains("t.me/<bot>?start=" + key));

        BotFlowEditor again = (BotFlowEditor) reopened.settings;
        _click(again.questions.get(2).remove);
        _click(reopened.save);
        assertThat(notifications()).contains("Not saved: a bot flow needs a step with answer EMAIL that fills contact.email "
                + "(contacts are merged by e-mail)");
        assertThat(settingsOf(key, BotFlow.class).steps()).hasSize(3);
    }

    @Test
    void aPaymentProvidersSecretIsShownOnceThenOnlyMaskedAndARotationRetiresTheOldOne() {
        PipelineView autocloud = autocloud();
        String key = Unique.key("pay");
        SourceView payment = sources.create(new SourceDraft(SourceKind.PAYMENT, key, "Pagamentos " + key, autocloud.id(), null, null, null,
                null, List.of()), "test");
        SourceEditorView editor = opened(String.valueOf(payment.id()));
        assertThat(editor.secret.state.getText()).isEqualTo("No signing secret yet: the provider's callbacks are refused until there is one.");
        assertThat(_get(editor.readyToCopy, CopyBox.class).text.getValue()).endsWith("/api/v1/payments/generic/" + key);

        _click(editor.secret.rotate);
        String first = editor.secret.shownSecret.text.getValue();
        assertThat(first).startsWith("lws_").hasSizeGreaterThan(40);
        assertThat(stored(key).secret()).isEqualTo(first);
        _click(_get(editor.secret.shown, Button.class, spec -> spec.withText("I have copied it")));
        assertThat(editor.secret.state.getText()).isEqualTo("A signing secret is set: " + SecretSection.MASK);

        SourceEditorView reopened = opened(String.valueOf(payment.id()));
        assertThat(_find(reopened, TextArea.class)).noneSatisfy(area -> assertThat(area.getValue()).contains(first));
        assertThat(reopened.secret.shown).isNull();
        _click(reopened.secret.rotate);
        _fireConfirm(_get(ConfirmDialog.class));
        String second = reopened.secret.shownSecret.text.getValue();
        assertThat(second).isNotEqualTo(first);

        Http site = new Http(baseUrl());
        String body = SignedPayloads.genericPaymentEvent(Unique.key("evt"), Unique.key("pay"), "new", Unique.email("payer"), "Payer", "Plano");
        assertThat(site.header("X-Signature", SignedPayloads.genericSignature(first, body))
                .post("/api/v1/payments/generic/" + key, "application/json", body).statusCode()).isEqualTo(401);
        assertThat(new Http(baseUrl()).header("X-Signature", SignedPayloads.genericSignature(second, body))
                .post("/api/v1/payments/generic/" + key, "application/json", body).statusCode()).isEqualTo(200);
    }

    @Test
    void theTestButtonSendsASampleLeadThroughTheFormAndLinksItsDeal() {
        PipelineView autocloud = autocloud();
        String key = Unique.key("form");
        SourceView form = sources.create(new SourceDraft(SourceKind.FORM, key, "Teste " + key, autocloud.id(), null, "{{contact.name}} via teste",
                null, """
                {"fields": [{"name": "nome", "label": "Nome", "type": "text", "required": true},
                            {"name": "email", "label": "E-mail", "type": "email", "required": true},
                            {"name": "tipo", "label": "Tipo", "type": "select", "required": true, "options": ["LEAD", "AVALIAÇÃO"]}],
                 "mapping": {"nome": "contact.name", "tipo": "deal.fields.type"},
                 "consent": {"required": true, "field": "aceite", "text": "Concordo"}}""", List.of()), "test");
        SourceEditorView editor = opened(String.valueOf(form.id()));

        _click(editor.test.send);

        assertThat(editor.test.outcome.getText()).isEqualTo("Test lead accepted.");
        assertThat(editor.test.deal.isVisible()).isTrue();
        long dealId = Long.parseLong(editor.test.deal.getHref().substring("deals/".length()));
        assertThat(editor.test.deal.getText()).isEqualTo("Open deal #" + dealId);
        Map<String, Object> deal = jdbc.queryForMap("""
                SELECT d.title, d.source_id, d.stage_id, e.email FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id
                WHERE d.id = ?""", dealId);
        assertThat(deal.get("source_id")).isEqualTo(form.id());
        assertThat((String) deal.get("email")).matches("sample-[0-9a-f]{8}@example\\.com");
        assertThat((String) deal.get("title")).matches("Sample [0-9a-f]{8} via teste");
        assertThat(deal.get("stage_id")).isEqualTo(autocloud.stages().get(0).id());
    }

    @Test
    void aTestLeadTheFormRefusesShowsWhy() {
        String key = Unique.key("form");
        SourceView form = sources.create(new SourceDraft(SourceKind.FORM, key, "Recusa " + key, null, null, null, null, """
                {"fields": [{"name": "email", "type": "email", "required": true},
                            {"name": "vendedor", "label": "Vendedor", "type": "text", "required": true}],
                 "mapping": {"vendedor": "deal.responsible"}}""", List.of()), "test");
        SourceEditorView editor = opened(String.valueOf(form.id()));

        _click(editor.test.send);

        assertThat(editor.test.outcome.getText()).isEqualTo("Refused: 'Vendedor' is required");
        assertThat(editor.test.deal.isVisible()).isFalse();
        assertThat(notifications()).contains("'Vendedor' is required");
    }

    @Test
    void aPaymentProvidersTestLeadIsANewPaymentWithItsDeal() {
        SourceEditorView editor = opened(String.valueOf(stored("pagamentos").id()));
        _click(editor.test.send);
        long dealId = Long.parseLong(editor.test.deal.getHref().substring("deals/".length()));
        assertThat(jdbc.queryForObject("SELECT amount FROM deal WHERE id = ?", java.math.BigDecimal.class, dealId)).isEqualByComparingTo("100.00");
    }

    @Test
    void aBotFlowsTestLeadAnswersEveryQuestionWithTheBotOff() {
        SourceEditorView editor = opened(String.valueOf(stored("telegram-leads").id()));
        _click(editor.test.send);
        long dealId = Long.parseLong(editor.test.deal.getHref().substring("deals/".length()));
        Map<String, Object> deal = jdbc.queryForMap("SELECT title, custom_fields, products FROM deal WHERE id = ?", dealId);
        assertThat((String) deal.get("title")).matches("Sample [0-9a-f]{8} – autocloud \\(Telegram\\)");
        assertThat((String) deal.get("custom_fields")).contains("\"platform\":\"autocloud\"").contains("\"type\":\"LEAD\"");
    }

    @Test
    void aProvidersOwnSigningSecretIsPastedAndThenOnlyMasked() {
        String key = Unique.key("mp");
        SourceView payment = sources.create(new SourceDraft(SourceKind.PAYMENT, key, "Outro " + key, null, null, null, null, null,
                List.of()), "test");
        SourceEditorView editor = opened(String.valueOf(payment.id()));
        assertThat(editor.secret.rotate.getText()).isEqualTo("Generate secret");

        SourceEditorView stripe = opened(String.valueOf(stored("stripe").id()));
        assertThat(stripe.secret.state.getText()).isEqualTo("The signing secret is set in the server configuration.");
        assertThat(stripe.secret.pasted.getLabel()).isEqualTo("Signing secret from Stripe");
        assertThat(stripe.secret.rotate.getParent()).isEmpty();
        assertThat(_get(stripe.readyToCopy, CopyBox.class).text.getValue()).endsWith("/api/v1/payments/stripe");
    }

    @Test
    void aKeyThatIsTakenOrMalformedIsRefusedOnTheKeyField() {
        SourceEditorView editor = opened("new-api");
        _setValue(editor.name, "Outro sistema");
        _setValue(editor.key, "leads");
        _click(editor.save);
        assertThat(editor.key.isInvalid()).isTrue();
        assertThat(editor.key.getErrorMessage()).isEqualTo("a source with key 'leads' exists");

        _setValue(editor.key, "Não Pode!");
        _click(editor.save);
        assertThat(editor.key.getErrorMessage()).isEqualTo("key must be 2–100 characters of a-z, 0-9, '-' or '_'");
        assertThat(notifications()).contains("Not saved: key must be 2–100 characters of a-z, 0-9, '-' or '_'");
    }

    @Test
    void aBrazilianAdminWorksInPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("sources");
        SourcesView list = _get(SourcesView.class);
        assertThat(list.create.getText()).isEqualTo("Nova fonte");
        assertThat(_getFormatted(list.grid, rowOf(list, "leads"), "kind")).isEqualTo("Formulário");
        assertThat(_getFormatted(list.grid, rowOf(list, "telegram-leads"), "kind")).isEqualTo("Fluxo do bot do Telegram");
        assertThat(_getFormatted(list.grid, rowOf(list, "leads"), "enters")).isEqualTo("autocloud › LEAD");

        UI.getCurrent().navigate("sources/edit/new-popup");
        SourceEditorView editor = _get(SourceEditorView.class);
        assertThat(editor.heading.getText()).isEqualTo("Nova fonte: Pop-up");
        assertThat(editor.save.getText()).isEqualTo("Salvar");
        assertThat(editor.title.preview.getText()).isEqualTo("Prévia: Ana Souza");
        assertThat(((FormEditor) editor.settings).popup.trigger.getItemLabelGenerator().apply(FormSettings.PopupTrigger.EXIT_INTENT))
                .isEqualTo("Quando o visitante vai sair");
        assertThat(((FormEditor) editor.settings).fields.get(1).fills.getItemLabelGenerator().apply("contact.email"))
                .isEqualTo("Contato: e-mail");
    }

    private static int rowOf(SourcesView list, String key) {
        List<SourceView> items = list.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key);
    }
}
