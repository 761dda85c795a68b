package com.leadwire.mail;

import java.util.List;

import com.leadwire.shared.ConflictException;

/** A template's last version cannot go (deleted or renamed) while rules send it. */
public class MailTemplateInUseException extends ConflictException {

    private final List<String> users;

    MailTemplateInUseException(String name, List<String> users) {
        super("template '" + name + "' is used by: " + String.join(", ", users));
        this.users = List.copyOf(users);
    }

    public List<String> users() {
        return users;
    }
}
