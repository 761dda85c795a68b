package com.leadwire.mail;

/** A template as an admin or the API writes it; {@code language} is a tag ({@code pt-BR}, {@code en}). */
public record MailTemplateDraft(String name, String language, String subject, String html, String text, boolean transactional) {

    public MailTemplateDraft {
        name = name == null ? "" : name.strip();
        subject = subject == null ? "" : subject;
        html = html == null ? "" : html;
        text = text == null ? "" : text;
    }
}
