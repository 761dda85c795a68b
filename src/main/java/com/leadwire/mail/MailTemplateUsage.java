package com.leadwire.mail;

import java.util.List;

/**
 * Who sends a template by its name. Automation implements it, so the mail module can refuse to
 * delete a template a rule still uses without depending on automation.
 */
public interface MailTemplateUsage {

    /** The names of whatever uses the template, empty when nothing does. */
    List<String> usersOf(String templateName);
}
