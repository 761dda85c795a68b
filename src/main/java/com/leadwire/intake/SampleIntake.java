package com.leadwire.intake;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The "test" of a source: one sample submission through the path of the source's kind (its
 * channel module's {@link SampleSender}, else intake's own as the API would send it), creating
 * a real deal from a made-up contact.
 */
@Service
public class SampleIntake {

    private static final Logger log = LoggerFactory.getLogger(SampleIntake.class);

    private final Sources sources;
    private final IntakeService intake;
    private final List<SampleSender> senders;

    SampleIntake(Sources sources, IntakeService intake, List<SampleSender> senders) {
        this.sources = sources;
        this.intake = intake;
        this.senders = List.copyOf(senders);
    }

    public IntakeResult send(long sourceId) {
        SourceView source = sources.all().stream().filter(found -> found.id() == sourceId).findFirst()
                .orElseThrow(() -> new NotFoundException("no source " + sourceId));
        if (!source.active()) {
            throw new InvalidInputException("source", "source '" + source.key() + "' is inactive: it accepts no submissions");
        }
        SampleSender.Sample sample = SampleSender.Sample.fresh();
        IntakeResult result = senders.stream().filter(sender -> sender.appliesTo(source.kind())).findFirst()
                .map(sender -> sender.send(source, sample))
                .orElseGet(() -> intake.accept(plainEvent(source, sample)));
        log.info("Source {} '{}' tested with {}: event {}, deal {}", source.id(), source.key(), sample.id(), result.eventId(),
                result.dealId());
        return result;
    }

    private static IntakeEvent plainEvent(SourceView source, SampleSender.Sample sample) {
        Channel channel = source.kind() == SourceKind.IMPORT ? Channel.IMPORT : Channel.API;
        return new IntakeEvent(channel, source.key(), sample.id(), "{\"sample\":\"" + sample.id() + "\"}",
                ContactDetails.ofEmail(sample.email(), sample.name()), DealRequest.empty(), "test:" + source.key());
    }
}
