package com.leadwire.pipeline;

/**
 * A channel module's check of the settings JSON it owns, run when a source of its kind is
 * created or changed, so a broken setting is refused then (422) rather than at the first event.
 */
public interface SourceSettingsCheck {

    boolean appliesTo(SourceKind kind);

    /** Throws {@link com.leadwire.shared.InvalidInputException} naming what is wrong. */
    void check(String settings);
}
