package com.leadwire.mail;

/**
 * Whether a contact still takes marketing e-mail, and the link that unsubscribes them. The privacy
 * module implements it, so mail asks without depending on contacts.
 */
public interface MarketingConsent {

    boolean unsubscribed(long contactId);

    /** The public, signed link that unsubscribes the contact without a login. */
    String unsubscribeUrl(long contactId);
}
