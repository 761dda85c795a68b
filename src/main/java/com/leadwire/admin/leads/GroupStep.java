package com.leadwire.admin.leads;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.leadwire.admin.DurationField;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadSource;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;

/**
 * The wizard's first step, who is in the group (003_'s "Define your groups"): status and start,
 * name and description, the instant lead notification (a webhook), BCC, which leads, discount
 * override, products, language, country and priority. A default group keeps who is in it.
 */
class GroupStep extends FormLayout {

    static final List<String> LANGUAGES = List.of("pt-BR", "pt", "en", "es");

    final Paragraph defaultNote = new Paragraph(getTranslation("leadgroups.field.default"));
    final RadioButtonGroup<LeadGroupStatus> status = new RadioButtonGroup<>(getTranslation("leadgroups.field.status"));
    final DateTimePicker startsAt = new DateTimePicker(getTranslation("leadgroups.field.startsAt"));
    final TextField name = new TextField(getTranslation("leadgroups.field.name"));
    final TextArea description = new TextArea(getTranslation("leadgroups.field.description"));
    final ComboBox<WebhookSubscriptionView> webhook = new ComboBox<>(getTranslation("leadgroups.field.webhook"));
    final TextField bcc = new TextField(getTranslation("leadgroups.field.bcc"));
    final RadioButtonGroup<LeadSource> source = new RadioButtonGroup<>(getTranslation("leadgroups.field.source"));
    final DurationField abandonAfter = new DurationField(getTranslation("leadgroups.field.abandonAfter"));
    final Checkbox overrideDiscounts = new Checkbox(getTranslation("leadgroups.field.overrideDiscounts"));
    final MultiSelectComboBox<String> products = new MultiSelectComboBox<>(getTranslation("leadgroups.field.products"));
    final ComboBox<String> language = new ComboBox<>(getTranslation("leadgroups.field.language"));
    final ComboBox<String> country = new ComboBox<>(getTranslation("leadgroups.field.country"));
    final IntegerField priority = new IntegerField(getTranslation("leadgroups.field.priority"));

    private final List<WebhookSubscriptionView> webhooks;

    GroupStep(List<WebhookSubscriptionView> webhooks) {
        this.webhooks = webhooks;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        defaultNote.getStyle().set("color", "var(--lumo-secondary-text-color)");

        status.setItems(LeadGroupStatus.values());
        status.setItemLabelGenerator(choice -> getTranslation("leadgroups.status." + choice.name()));

        startsAt.setHelperText(getTranslation("leadgroups.field.startsAt.help"));
        startsAt.setLocale(getLocale());
        name.setMaxLength(200);
        description.setMaxLength(2000);
        webhook.setItems(webhooks);
        webhook.setItemLabelGenerator(WebhookSubscriptionView::name);
        webhook.setClearButtonVisible(true);
        webhook.setHelperText(getTranslation(webhooks.isEmpty() ? "leadgroups.field.webhook.none" : "leadgroups.field.webhook.help"));
        bcc.setHelperText(getTranslation("leadgroups.field.bcc.help"));
        source.setItems(LeadSource.values());
        source.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        source.setItemLabelGenerator(choice -> getTranslation("leadgroups.source." + choice.name()));
        source.setRenderer(new TextRenderer<>(choice -> getTranslation("leadgroups.source." + choice.name())
                + " – " + getTranslation("leadgroups.source." + choice.name() + ".help")));
        source.addValueChangeListener(change -> abandonAfter.setVisible(change.getValue() == LeadSource.ABANDONED));
        abandonAfter.amount.setHelperText(getTranslation("leadgroups.field.abandonAfter.help"));
        overrideDiscounts.setHelperText(getTranslation("leadgroups.field.overrideDiscounts.help"));
        products.setAllowCustomValue(true);
        products.setHelperText(getTranslation("leadgroups.field.products.help"));
        products.addCustomValueSetListener(typed -> addProduct(typed.getDetail()));
        language.setItems(LANGUAGES);
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(typed -> chooseLanguage(typed.getDetail().strip()));
        language.setItemLabelGenerator(this::languageLabel);
        language.setClearButtonVisible(true);
        language.setHelperText(getTranslation("leadgroups.field.language.help"));
        country.setItems(countries());
        country.setItemLabelGenerator(this::countryLabel);
        country.setClearButtonVisible(true);
        country.setHelperText(getTranslation("leadgroups.field.country.help"));
        priority.setHelperText(getTranslation("leadgroups.field.priority.help"));
        priority.setStepButtonsVisible(true);

        add(defaultNote, 2);
        add(status, startsAt);
        add(name, 2);
        add(description, 2);
        add(source, 2);
        add(abandonAfter, 2);
        add(products, 2);
        add(language, country, webhook, bcc, priority);
        add(overrideDiscounts, 2);
    }

    void clear(int nextPriority) {
        status.setValue(LeadGroupStatus.ACTIVE);
        startsAt.clear();
        name.clear();
        description.clear();
        webhook.clear();
        bcc.clear();
        source.setValue(LeadSource.ALL);
        abandonAfter.setIso(null);
        overrideDiscounts.clear();
        products.setItems(List.of());
        language.clear();
        country.clear();
        priority.setValue(nextPriority);
        setDefaultGroup(false);
    }

    void fill(LeadGroupView group, String shownName, String shownDescription) {
        status.setValue(group.status());
        startsAt.setValue(group.startsAt() == null ? null : LocalDateTime.ofInstant(group.startsAt(), ZoneId.systemDefault()));
        name.setValue(shownName);
        description.setValue(shownDescription == null ? "" : shownDescription);
        webhook.setValue(webhooks.stream().filter(hook -> Long.valueOf(hook.id()).equals(group.webhookId())).findFirst().orElse(null));
        bcc.setValue(group.bcc() == null ? "" : group.bcc());
        source.setValue(group.source());
        abandonAfter.setIso(group.abandonAfter());
        overrideDiscounts.setValue(group.overrideDiscounts());
        products.setItems(group.products());
        products.setValue(new LinkedHashSet<>(group.products()));
        chooseLanguage(group.language());
        country.setValue(group.country());
        priority.setValue(group.priority());
        setDefaultGroup(group.kind() == LeadGroupKind.DEFAULT);
    }

    /** Who is in a default group is fixed: its name, source and filters are shown, not changed. */
    private void setDefaultGroup(boolean fixed) {
        defaultNote.setVisible(fixed);
        List.of(name, description).forEach(field -> field.setReadOnly(fixed));
        source.setReadOnly(fixed);
        products.setReadOnly(fixed);
        language.setReadOnly(fixed);
        country.setReadOnly(fixed);
    }

    Instant startsAtInstant() {
        return startsAt.getValue() == null ? null : startsAt.getValue().atZone(ZoneId.systemDefault()).toInstant();
    }

    List<String> productList() {
        return List.copyOf(products.getValue());
    }

    String abandonAfterIso() {
        return source.getValue() == LeadSource.ABANDONED ? abandonAfter.iso() : null;
    }

    private void addProduct(String typed) {
        String product = typed == null ? "" : typed.strip();
        if (product.isEmpty()) {
            return;
        }
        Set<String> chosen = new LinkedHashSet<>(products.getValue());
        List<String> offered = new ArrayList<>(products.getListDataView().getItems().toList());
        if (!offered.contains(product)) {
            offered.add(product);
            products.setItems(offered);
        }
        chosen.add(product);
        products.setValue(chosen);
    }

    /** A language the list does not offer (typed, or stored by the API) is added to it. */
    private void chooseLanguage(String tag) {
        if (tag != null && !tag.isEmpty() && !language.getListDataView().contains(tag)) {
            List<String> offered = new ArrayList<>(language.getListDataView().getItems().toList());
            offered.add(tag);
            language.setItems(offered);
        }
        language.setValue(tag == null || tag.isEmpty() ? null : tag);
    }

    private String languageLabel(String tag) {
        String shown = Locale.forLanguageTag(tag).getDisplayName(getLocale());
        return shown.isBlank() || shown.equalsIgnoreCase(tag) ? tag : shown + " (" + tag + ")";
    }

    private String countryLabel(String code) {
        return new Locale("", code).getDisplayCountry(getLocale()) + " (" + code + ")";
    }

    private List<String> countries() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(code -> new Locale("", code).getDisplayCountry(getLocale())))
                .toList();
    }
}
