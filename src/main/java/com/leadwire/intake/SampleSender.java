package com.leadwire.intake;

import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;

/**
 * A channel module's way of sending a made-up submission of its kind through its own real
 * path (a form's field mapping and rules, a payment's status mapping, a bot flow's answers), so
 * an admin sees the deal a real one would make.
 */
public interface SampleSender {

    boolean appliesTo(SourceKind kind);

    IntakeResult send(SourceView source, Sample sample);

    /** The made-up person and the unique key of one sample. */
    record Sample(String id, String email, String name) {

        static Sample fresh() {
            String id = "sample-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            return new Sample(id, id + "@example.com", "Sample " + id.substring("sample-".length()));
        }
    }
}
