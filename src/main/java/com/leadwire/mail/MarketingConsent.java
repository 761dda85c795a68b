package com.leadwire.mail;

import java.util.Set;

/**
 * Whether a contact still takes marketing e-mail, and the link that unsubscribes them. The privacy
 * module implements it, so mail asks without depending on contacts.
 */
public interface MarketingConsent {

    /** The unsubscribed ones among these contacts, asked in one go. */
    Set<Long> unsubscribedAmong(Set<Long> contactIds);

    /** The public, signed link that unsubscribes the contact without a login. */
    String unsubscribeUrl(long contactId);
}
