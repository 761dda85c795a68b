package com.leadwire.contacts;

import java.util.List;

/** A contact that may be the same person as another, and why: one reason or more. */
public record DuplicateCandidate(ContactView contact, List<Reason> reasons) {

    public enum Reason {
        /** The same phone number (both stored in E.164, normalised with libphonenumber). */
        SAME_PHONE,
        /** The same name (ignoring case) and the same custom field {@code company}. */
        SAME_NAME_AND_COMPANY,
        /** E-mails that reach the same mailbox: they differ only by a +tag, or by dots or googlemail.com at Gmail. */
        SAME_MAILBOX
    }
}
