package com.leadwire.automation;

/** Why an automated marketing e-mail was held back (see {@link SendingPolicy}). */
public enum HoldReason {
    OUTSIDE_SENDING_HOURS("outside sending hours"), DAILY_LIMIT_REACHED("daily limit reached");

    private final String words;

    HoldReason(String words) {
        this.words = words;
    }

    /** For logs and the API's summaries. */
    public String words() {
        return words;
    }
}
