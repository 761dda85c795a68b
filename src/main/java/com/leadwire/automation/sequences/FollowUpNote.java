package com.leadwire.automation.sequences;

/**
 * One line of a follow-up on a deal's timeline: its start (by whom), an e-mail that fell due (its
 * step, subject, recipient and status), its completion, or its stop (why, by whom). What does not
 * apply is null.
 */
public record FollowUpNote(long followUpId, String sequenceName, What what, String by, Integer step, String template, String subject,
                           String recipient, FollowUpView.EmailStatus emailStatus, String detail, FollowUpView.StopReason stopReason) {

    public enum What {
        STARTED, EMAIL, COMPLETED, STOPPED
    }
}
