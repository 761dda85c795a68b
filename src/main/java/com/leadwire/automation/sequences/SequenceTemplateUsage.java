package com.leadwire.automation.sequences;

import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.mail.MailTemplateUsage;

/** Tells the mail module which sequences send a template, so a template a sequence needs is not deleted. */
@Component
class SequenceTemplateUsage implements MailTemplateUsage {

    private final SequenceRows sequences;

    SequenceTemplateUsage(SequenceRows sequences) {
        this.sequences = sequences;
    }

    @Override
    public List<String> usersOf(String templateName) {
        return sequences.all().stream()
                .filter(sequence -> sequence.emails().stream().anyMatch(email -> templateName.equalsIgnoreCase(email.template())))
                .map(sequence -> "sequence '" + sequence.name() + "'")
                .toList();
    }
}
