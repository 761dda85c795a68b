package com.leadwire.pipeline;

/**
 * A channel module's check of the {@code settings} JSON it owns, run when a source of its kind
 * is created or changed; it throws {@link com.leadwire.shared.InvalidInputException} naming what is wrong.
 */
public interface SourceSettingsCheck {

    SourceKind kind();

    void check(String settings);
}
