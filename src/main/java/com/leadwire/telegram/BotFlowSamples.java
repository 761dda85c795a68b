package com.leadwire.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.intake.SampleSender;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;

/**
 * A bot flow's test: every question answered as a prospect might (an option, an e-mail, a
 * phone), turned into the lead the way a finished conversation is. Works with the bot off.
 */
@Component
class BotFlowSamples implements SampleSender {

    private final BotFlows flows;
    private final IntakeService intake;

    BotFlowSamples(BotFlows flows, IntakeService intake) {
        this.flows = flows;
        this.intake = intake;
    }

    @Override
    public boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.TELEGRAM;
    }

    @Override
    public IntakeResult send(SourceView source, Sample sample) {
        BotFlow flow = flows.flowOf(source)
                .orElseThrow(() -> new InvalidInputException("settings", "source '" + source.key() + "' has no usable bot flow"));
        Map<String, String> answers = new LinkedHashMap<>();
        flow.steps().forEach(step -> answers.put(step.fills(), switch (step.answer()) {
            case EMAIL -> sample.email();
            case PHONE -> "+5511999990000";
            case CHOICE, MULTIPLE_CHOICE -> step.options().get(0);
            case TEXT -> step.target().part() == BotFlow.FieldTarget.Part.CONTACT_NAME ? sample.name() : "Sample";
        }));
        return intake.accept(LeadFromConversation.event(flow, answers, source.key(), sample.id(),
                "{\"sample\":\"" + sample.id() + "\"}", null, "test:" + source.key()));
    }
}
