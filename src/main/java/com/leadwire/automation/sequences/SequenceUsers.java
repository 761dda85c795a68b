package com.leadwire.automation.sequences;

import java.util.List;

/**
 * Another module that names sequences (the lead groups): a sequence it names is not deleted. Implement
 * it as a bean; {@link Sequences#delete} asks every one.
 */
public interface SequenceUsers {

    /** Who names the sequence, in words for the refusal, e.g. "the lead group 'Black Friday'"; empty when nobody. */
    List<String> namesOf(long sequenceId);
}
