package com.leadwire.pipeline;

import java.util.List;

import com.leadwire.shared.ConflictException;

/**
 * A change to a pipeline or its stages that its current state does not allow. The message is the
 * API's; {@code reason} and {@code names} (the names the message quotes) let the panel say it in
 * its reader's language.
 */
public class PipelineChangeRefused extends ConflictException {

    public enum Reason {
        PIPELINE_NAME_TAKEN, STAGE_NAME_TAKEN, LAST_PIPELINE, LAST_STAGE, PIPELINE_USED_BY_SOURCES, STAGE_IN_USE,
        STAGE_REQUIRED_BY_ANOTHER, DEALS_NEED_A_TARGET
    }

    private final Reason reason;
    private final List<String> names;

    PipelineChangeRefused(Reason reason, String message, String... names) {
        super(message);
        this.reason = reason;
        this.names = List.of(names);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> names() {
        return names;
    }
}
