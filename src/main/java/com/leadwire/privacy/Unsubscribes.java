package com.leadwire.privacy;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.leadwire.contacts.ContactSubscriptions;
import com.leadwire.contacts.Contacts;
import com.leadwire.mail.MarketingConsent;
import com.leadwire.shared.NotFoundException;

/**
 * Unsubscribing from marketing e-mail: by the signed link in every such e-mail (no login), or by an
 * admin for a contact (panel and API). The mail module asks here, at send time, whether a contact
 * still takes marketing e-mail and which link to put in it.
 */
@Service
public class Unsubscribes implements MarketingConsent {

    /** The contact a valid link is for, as its confirmation page needs it. */
    public record LinkedContact(long contactId, String language, boolean unsubscribed) {
    }

    private static final Logger log = LoggerFactory.getLogger(Unsubscribes.class);
    private static final String BY_LINK = "unsubscribe link";

    private final UnsubscribeTokens tokens;
    private final Contacts contacts;
    private final ContactSubscriptions subscriptions;
    private final PrivacyProperties properties;

    Unsubscribes(UnsubscribeTokens tokens, Contacts contacts, ContactSubscriptions subscriptions, PrivacyProperties properties) {
        this.tokens = tokens;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    /** Empty for a forged or mangled token, and for a contact that no longer exists or was erased. */
    public Optional<LinkedContact> linked(String token) {
        return tokens.contactOf(token).flatMap(contacts::findById).filter(contact -> contact.primaryEmail() != null)
                .map(contact -> new LinkedContact(contact.id(), contact.language(), contact.unsubscribed()));
    }

    /** The link's own unsubscribe (its page's button, or a mail client's one-click POST); refused like {@link #linked}. */
    public LinkedContact unsubscribeByLink(String token) {
        LinkedContact contact = linked(token).orElseThrow(() -> new NotFoundException("not a valid unsubscribe link"));
        unsubscribe(contact.contactId(), BY_LINK);
        return new LinkedContact(contact.contactId(), contact.language(), true);
    }

    /** Answers false when the contact had unsubscribed already. */
    public boolean unsubscribe(long contactId, String actor) {
        boolean changed = subscriptions.unsubscribe(contactId, actor);
        if (changed) {
            log.info("Contact {} unsubscribed from marketing e-mail ({})", contactId, actor);
        }
        return changed;
    }

    @Override
    public Set<Long> unsubscribedAmong(Set<Long> contactIds) {
        return subscriptions.unsubscribedAmong(contactIds);
    }

    @Override
    public String unsubscribeUrl(long contactId) {
        return properties.publicUrl().replaceAll("/+$", "") + "/unsubscribe/" + tokens.tokenOf(contactId);
    }
}
