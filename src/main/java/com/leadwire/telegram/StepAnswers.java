package com.leadwire.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.leadwire.contacts.EmailAddress;
import com.leadwire.contacts.PhoneNumbers;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.telegram.BotFlow.AnswerKind;
import com.leadwire.telegram.BotFlow.FlowStep;

/**
 * What counts as an answer to a flow step: typed text checked by the step's kind (stored in its
 * normal form: lower-case e-mail, E.164 phone, the option as configured), the choice buttons
 * ({@code f:<step>:<option index>} and {@code f:<step>:d} for done) and the picks of a multiple choice.
 */
final class StepAnswers {

    static final String FLOW_PREFIX = "f:";
    static final String DONE = "d";

    private StepAnswers() {
    }

    static Optional<String> typed(FlowStep step, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            return Optional.empty();
        }
        try {
            return switch (step.answer()) {
                case TEXT -> step.target().part() == BotFlow.FieldTarget.Part.CONTACT_NAME && text.length() > 300
                        ? Optional.empty() : Optional.of(text.strip());
                case EMAIL -> Optional.of(EmailAddress.parse(text).value());
                case PHONE -> Optional.of(PhoneNumbers.normalise(text, null));
                case CHOICE -> matching(step, text);
                case MULTIPLE_CHOICE -> {
                    Set<String> picked = new LinkedHashSet<>();
                    for (String part : text.split(",")) {
                        Optional<String> option = matching(step, part);
                        if (option.isEmpty()) {
                            yield Optional.empty();
                        }
                        picked.add(option.get());
                    }
                    yield Optional.of(String.join(", ", picked));
                }
            };
        } catch (InvalidInputException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<String> matching(FlowStep step, String text) {
        return step.options().stream().filter(option -> option.strip().equalsIgnoreCase(text.strip())).findFirst();
    }

    static Optional<String> option(FlowStep step, String index) {
        try {
            int i = Integer.parseInt(index);
            return i >= 0 && i < step.options().size() ? Optional.of(step.options().get(i)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String toggled(String picks, String option) {
        Set<String> picked = new LinkedHashSet<>(picks == null ? List.of() : List.of(picks.split(", ")));
        if (!picked.remove(option)) {
            picked.add(option);
        }
        return picked.isEmpty() ? null : String.join(", ", picked);
    }

    static List<List<Button>> keyboard(Conversation conversation, FlowStep step) {
        if (!step.answer().choices()) {
            return List.of();
        }
        String picks = conversation.answers().get(step.fills());
        Set<String> picked = picks == null ? Set.of() : Set.of(picks.split(", "));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < step.options().size(); i++) {
            String option = step.options().get(i);
            String label = step.answer() == AnswerKind.MULTIPLE_CHOICE && picked.contains(option) ? "✓ " + option : option;
            rows.add(List.of(Button.callback(label, FLOW_PREFIX + conversation.stepIndex() + ":" + i)));
        }
        if (step.answer() == AnswerKind.MULTIPLE_CHOICE) {
            rows.add(List.of(Button.callback(step.done(), FLOW_PREFIX + conversation.stepIndex() + ":" + DONE)));
        }
        return rows;
    }
}
