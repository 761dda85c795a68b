package com.leadwire.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.leadwire.automation.RuleAction;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.FieldType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.data.provider.ListDataView;

/** One action of a rule: its type and the parameters that type takes, with buttons to move it up, down or away. */
class ActionRow extends VerticalLayout {

    static final List<String> EMAIL_RECIPIENTS = List.of("contact", "responsible", "team");
    static final List<String> TELEGRAM_RECIPIENTS = List.of("responsible", "linked", "default");
    private static final String CHAT_PREFIX = "chat:";

    /** A rep, or round-robin over the active reps ({@code repId} null). */
    record Assignee(Long repId, String name) {
    }

    final Span number = new Span();
    final Select<RuleAction.Type> type = new Select<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    final Select<Long> stage = new Select<>();
    final Select<Assignee> assignee = new Select<>();
    final Select<String> template = new Select<>();
    final CheckboxGroup<String> emailTo = new CheckboxGroup<>();
    final TextField addresses = new TextField();
    final TextField bcc = new TextField();
    final CheckboxGroup<String> telegramTo = new CheckboxGroup<>();
    final TextField groupChat = new TextField();
    final IntegerField webhook = new IntegerField();
    /** A catalogue deal field, or any other name typed in. */
    final ComboBox<String> fieldName = new ComboBox<>();
    final TextField fieldValue = new TextField();
    /** The value of a catalogue choice field: one of its options. */
    final Select<String> fieldChoice = new Select<>();
    /** The sequence to start or stop; empty stops every sequence of the contact. */
    final Select<Long> sequence = new Select<>();

    private final List<CustomField> dealFields;
    private final FlexLayout parameters = new FlexLayout();
    private final Assignee roundRobin = new Assignee(null, getTranslation("rules.action.assign.roundRobin"));

    ActionRow(ActionList list, ActionChoices choices) {
        this.dealFields = choices.dealFields();
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        number.getStyle().set("font-weight", "600");
        type.setItems(RuleAction.Type.values());
        SelectLabels.label(type, choice -> getTranslation("rules.action.type." + choice.name()));
        type.setAriaLabel(getTranslation("rules.action.type"));
        type.setWidth("16em");
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setTooltipText(getTranslation("rules.action.up"));
        up.setAriaLabel(getTranslation("rules.action.up"));
        down.setTooltipText(getTranslation("rules.action.down"));
        down.setAriaLabel(getTranslation("rules.action.down"));
        remove.setTooltipText(getTranslation("rules.action.remove"));
        remove.setAriaLabel(getTranslation("rules.action.remove"));
        up.addClickListener(click -> list.move(this, -1));
        down.addClickListener(click -> list.move(this, 1));
        remove.addClickListener(click -> list.remove(this));
        HorizontalLayout header = new HorizontalLayout(number, type, up, down, remove);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Map<Long, String> stages = choices.stages();
        stage.setLabel(getTranslation("rules.action.stage"));
        stage.setItems(stages.keySet());
        SelectLabels.label(stage, id -> stages.getOrDefault(id, "#" + id));
        List<Assignee> assignees = new ArrayList<>();
        assignees.add(roundRobin);
        choices.reps().forEach(rep -> assignees.add(new Assignee(rep.id(), rep.displayName())));
        assignee.setLabel(getTranslation("rules.action.assign"));
        assignee.setItems(assignees);
        SelectLabels.label(assignee, Assignee::name);
        template.setLabel(getTranslation("rules.action.template"));
        template.setItems(choices.templates());
        template.setWidth("22em");
        emailTo.setLabel(getTranslation("rules.action.to"));
        emailTo.setItems(EMAIL_RECIPIENTS);
        emailTo.setItemLabelGenerator(choice -> getTranslation("rules.action.to." + choice));
        addresses.setLabel(getTranslation("rules.action.addresses"));
        addresses.setPlaceholder("suporte@example.com, ...");
        bcc.setLabel(getTranslation("rules.action.bcc"));
        bcc.setHelperText(getTranslation("rules.action.bcc.help"));
        telegramTo.setLabel(getTranslation("rules.action.to"));
        telegramTo.setItems(TELEGRAM_RECIPIENTS);
        telegramTo.setItemLabelGenerator(choice -> getTranslation("rules.action.telegram." + choice));
        groupChat.setLabel(getTranslation("rules.action.groupChat"));
        groupChat.setHelperText(getTranslation("rules.action.groupChat.help"));
        webhook.setLabel(getTranslation("rules.action.webhook"));
        fieldName.setLabel(getTranslation("rules.action.field"));
        fieldName.setItems(dealFields.stream().map(CustomField::name).toList());
        fieldName.setItemLabelGenerator(name -> catalogued(name).map(known -> known.label(getLocale()) + " (" + name + ")").orElse(name));
        fieldName.setAllowCustomValue(true);
        fieldName.setHelperText(getTranslation("fields.rules.setField.help"));
        fieldName.setWidth("16em");
        fieldName.addCustomValueSetListener(typed -> {
            String name = typed.getDetail().strip();
            select(fieldName, name.isEmpty() ? null : name);
        });
        fieldName.addValueChangeListener(change -> showFieldValue());
        fieldValue.setLabel(getTranslation("rules.action.value"));
        fieldChoice.setLabel(getTranslation("rules.action.value"));
        fieldChoice.setWidth("14em");
        showFieldValue();
        Map<Long, String> sequences = choices.sequenceNames();
        sequence.setLabel(getTranslation("sequences.rules.sequence"));
        sequence.setItems(sequences.keySet());
        SelectLabels.label(sequence, id -> sequences.getOrDefault(id, "#" + id));
        sequence.setEmptySelectionAllowed(true);
        sequence.setEmptySelectionCaption(getTranslation("sequences.rules.every"));
        sequence.setWidth("20em");

        parameters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        parameters.getStyle().set("gap", "var(--lumo-space-m)");
        type.addValueChangeListener(change -> showParameters());
        add(header, parameters);
        type.setValue(RuleAction.Type.SEND_EMAIL);
    }

    private void showParameters() {
        parameters.removeAll();
        RuleAction.Type chosen = type.getValue();
        if (chosen != null) {
            sequence.setEmptySelectionAllowed(chosen == RuleAction.Type.STOP_SEQUENCE);
            parameters.add(parametersOf(chosen));
        }
    }

    private Component[] parametersOf(RuleAction.Type chosen) {
        return switch (chosen) {
            case MOVE_TO_STAGE -> new Component[] {stage};
            case ASSIGN -> new Component[] {assignee};
            case SEND_EMAIL -> new Component[] {template, emailTo, addresses, bcc};
            case NOTIFY_TELEGRAM -> new Component[] {telegramTo, groupChat};
            case CALL_WEBHOOK -> new Component[] {webhook};
            case SET_FIELD -> new Component[] {fieldName, fieldValue, fieldChoice};
            case START_SEQUENCE, STOP_SEQUENCE -> new Component[] {sequence};
        };
    }

    private Optional<CustomField> catalogued(String name) {
        return dealFields.stream().filter(known -> known.name().equals(name)).findFirst();
    }

    /** A choice field's options to pick from; a number or date field says how to write its value. */
    private void showFieldValue() {
        Optional<CustomField> known = catalogued(fieldName.getValue());
        List<String> options = known.filter(field -> field.type() == FieldType.CHOICE).map(CustomField::options).orElse(List.of());
        fieldChoice.setItems(options);
        fieldChoice.setVisible(!options.isEmpty());
        fieldValue.setVisible(options.isEmpty());
        fieldValue.setHelperText(known.map(field -> switch (field.type()) {
            case NUMBER -> getTranslation("fields.rules.value.number");
            case DATE -> getTranslation("fields.rules.value.date");
            default -> null;
        }).orElse(null));
    }

    void place(int index, int count) {
        number.setText((index + 1) + ".");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    RuleAction value() {
        RuleAction.Type chosen = type.getValue();
        if (chosen == null) {
            return new RuleAction(null, null, null, null, null, null, null, null, null, null);
        }
        return switch (chosen) {
            case MOVE_TO_STAGE -> new RuleAction(chosen, stage.getValue(), null, null, null, null, null, null, null, null);
            case ASSIGN -> assignee.getValue() == null ? new RuleAction(chosen, null, null, null, null, null, null, null, null, null)
                    : RuleAction.assign(assignee.getValue().repId(), assignee.getValue().repId() == null);
            case SEND_EMAIL -> RuleAction.email(template.getValue(), recipients(emailTo, EMAIL_RECIPIENTS, split(addresses.getValue())),
                    split(bcc.getValue()));
            case NOTIFY_TELEGRAM -> RuleAction.telegram(recipients(telegramTo, TELEGRAM_RECIPIENTS, groupChat.getValue().isBlank()
                    ? List.of() : List.of(CHAT_PREFIX + groupChat.getValue().strip())));
            case CALL_WEBHOOK -> new RuleAction(chosen, null, null, null, null, null, null,
                    webhook.getValue() == null ? null : webhook.getValue().longValue(), null, null);
            case SET_FIELD -> RuleAction.setField(fieldName.getValue() == null ? null : fieldName.getValue().strip(),
                    fieldChoice.isVisible() ? fieldChoice.getValue() : fieldValue.getValue());
            case START_SEQUENCE, STOP_SEQUENCE -> RuleAction.sequence(chosen, sequence.getValue());
        };
    }

    /** The ticked words in their fixed order, then the rest. */
    private static List<String> recipients(CheckboxGroup<String> ticked, List<String> order, List<String> more) {
        List<String> recipients = new ArrayList<>(order.stream().filter(ticked.getValue()::contains).toList());
        recipients.addAll(more);
        return recipients;
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    void setValue(RuleAction action) {
        type.setValue(action.type());
        switch (action.type()) {
            case MOVE_TO_STAGE -> select(stage, action.stageId());
            case ASSIGN -> select(assignee, action.assignsInTurn() ? roundRobin : assignee.getListDataView().getItems()
                    .filter(choice -> action.repId().equals(choice.repId())).findFirst()
                    .orElse(new Assignee(action.repId(), "#" + action.repId())));
            case SEND_EMAIL -> {
                select(template, action.template());
                emailTo.setValue(new HashSet<>(action.to().stream().filter(EMAIL_RECIPIENTS::contains).toList()));
                addresses.setValue(String.join(", ", action.to().stream().filter(to -> !EMAIL_RECIPIENTS.contains(to)).toList()));
                bcc.setValue(String.join(", ", action.bcc()));
            }
            case NOTIFY_TELEGRAM -> {
                telegramTo.setValue(new HashSet<>(action.to().stream().filter(TELEGRAM_RECIPIENTS::contains).toList()));
                groupChat.setValue(action.to().stream().filter(to -> to.startsWith(CHAT_PREFIX))
                        .map(to -> to.substring(CHAT_PREFIX.length())).findFirst().orElse(""));
            }
            case CALL_WEBHOOK -> webhook.setValue(action.webhookId() == null ? null : action.webhookId().intValue());
            case SET_FIELD -> {
                select(fieldName, action.field());
                fieldValue.setValue(action.value() == null ? "" : action.value());
                if (fieldChoice.isVisible()) {
                    select(fieldChoice, action.value());
                }
            }
            case START_SEQUENCE, STOP_SEQUENCE -> select(sequence, action.sequenceId());
        }
    }

    /**
     * Selects the stored choice, adding it when it is gone (a deleted stage or template, an inactive
     * rep, an option removed since) or was never offered (a deal field outside the catalogue): the
     * rule reads as stored.
     */
    private static <T, S extends HasListDataView<T, ? extends ListDataView<T, ?>> & HasValue<?, T>> void select(S select, T stored) {
        if (stored != null && select.getListDataView().getItems().noneMatch(stored::equals)) {
            List<T> items = new ArrayList<>(select.getListDataView().getItems().toList());
            items.add(stored);
            select.setItems(items);
        }
        select.setValue(stored);
    }
}
