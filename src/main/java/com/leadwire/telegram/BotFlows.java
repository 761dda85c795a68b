package com.leadwire.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceSettingsCheck;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.telegram.BotFlow.AnswerKind;
import com.leadwire.telegram.BotFlow.FieldTarget;
import com.leadwire.telegram.BotFlow.FlowStep;

/**
 * Reads a TELEGRAM source's settings strictly into a {@link BotFlow} and checks it; the sources
 * API runs the same check on create and update, so a bad flow is a 422 and never stored.
 */
@Component
class BotFlows implements SourceSettingsCheck {

    static final int MAX_STEPS = 30;
    static final int MAX_OPTIONS = 20;
    static final int MAX_OPTION_LENGTH = 40;

    private static final Logger log = LoggerFactory.getLogger(BotFlows.class);

    private final ObjectReader reader;
    private final Map<String, BotFlow> parsed = new ConcurrentHashMap<>();

    BotFlows(ObjectMapper json) {
        this.reader = json.readerFor(BotFlow.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.TELEGRAM;
    }

    @Override
    public void check(String settings) {
        parse(settings);
    }

    /**
     * The flow of an active TELEGRAM source (parsed once per settings text: deal cards ask on the
     * intake path); a source whose flow cannot be read is logged and skipped.
     */
    Optional<BotFlow> flowOf(SourceView source) {
        if (source == null || source.kind() != SourceKind.TELEGRAM || !source.active()) {
            return Optional.empty();
        }
        try {
            if (parsed.size() > 200) {
                parsed.clear();
            }
            return Optional.of(parsed.computeIfAbsent(String.valueOf(source.settings()), settings -> parse(source.settings())));
        } catch (InvalidInputException e) {
            log.warn("Telegram source '{}' has an unusable flow: {}", source.key(), e.getMessage());
            return Optional.empty();
        }
    }

    BotFlow parse(String settings) {
        if (settings == null || settings.isBlank()) {
            throw new InvalidInputException("settings", "a Telegram source needs a bot flow in settings: {\"steps\": [...], \"confirmation\": \"...\"}");
        }
        BotFlow flow;
        try {
            flow = reader.readValue(settings);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException("settings", "unknown bot flow property '" + e.getPropertyName() + "'");
        } catch (Exception e) {
            throw new InvalidInputException("settings", "the bot flow is not valid JSON of the expected shape");
        }
        checkFlow(flow);
        return flow;
    }

    private static void checkFlow(BotFlow flow) {
        if (flow.steps().isEmpty() || flow.steps().size() > MAX_STEPS) {
            throw invalid("a bot flow has 1–" + MAX_STEPS + " steps");
        }
        Set<String> filled = new HashSet<>();
        boolean email = false;
        for (int i = 0; i < flow.steps().size(); i++) {
            FlowStep step = flow.steps().get(i);
            String where = "step " + (i + 1) + ": ";
            if (step == null || step.question() == null || step.question().isBlank() || step.question().length() > 1000) {
                throw invalid(where + "a question of 1–1000 characters is required");
            }
            if (step.answer() == null) {
                throw invalid(where + "answer is one of " + List.of(AnswerKind.values()));
            }
            FieldTarget target = step.target();
            if (target == null) {
                throw invalid(where + "fills is contact.name, contact.email, contact.phone, contact.<field>, deal.products or deal.<field>");
            }
            if (!filled.add(step.fills())) {
                throw invalid(where + "'" + step.fills() + "' is filled by an earlier step");
            }
            checkOptions(step, where);
            if (target.part() == FieldTarget.Part.CONTACT_EMAIL) {
                if (step.answer() != AnswerKind.EMAIL) {
                    throw invalid(where + "contact.email needs answer EMAIL");
                }
                email = true;
            }
            if (target.part() == FieldTarget.Part.DEAL_PRODUCTS && step.answer() == AnswerKind.CHOICE) {
                continue;
            }
            if (step.answer() == AnswerKind.MULTIPLE_CHOICE && target.part() != FieldTarget.Part.DEAL_PRODUCTS
                    && target.part() != FieldTarget.Part.DEAL_FIELD && target.part() != FieldTarget.Part.CONTACT_FIELD) {
                throw invalid(where + "several choices can only fill deal.products or a custom field");
            }
        }
        if (!email) {
            throw invalid("a bot flow needs a step with answer EMAIL that fills contact.email (contacts are merged by e-mail)");
        }
        if (flow.confirmation() == null || flow.confirmation().isBlank() || flow.confirmation().length() > 2000) {
            throw invalid("confirmation: the message sent at the end (1–2000 characters) is required");
        }
        if (flow.notifyWhom() != null && !flow.notifyWhom().matches("responsible|team|chat:-?[0-9]{1,19}")) {
            throw invalid("notify is responsible, team or chat:<chat id>");
        }
    }

    private static void checkOptions(FlowStep step, String where) {
        if (!step.answer().choices()) {
            if (!step.options().isEmpty()) {
                throw invalid(where + "options are only for CHOICE and MULTIPLE_CHOICE answers");
            }
            return;
        }
        if (step.options().isEmpty() || step.options().size() > MAX_OPTIONS) {
            throw invalid(where + "a choice has 1–" + MAX_OPTIONS + " options");
        }
        Set<String> seen = new HashSet<>();
        for (String option : step.options()) {
            if (option == null || option.isBlank() || option.length() > MAX_OPTION_LENGTH || option.contains(",")) {
                throw invalid(where + "options have 1–" + MAX_OPTION_LENGTH + " characters and no comma");
            }
            if (!seen.add(option.strip().toLowerCase())) {
                throw invalid(where + "option '" + option + "' is listed twice");
            }
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("settings", message);
    }
}
