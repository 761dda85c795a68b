package com.leadwire.mail;

public record MailTemplateView(long id, String name, MailLanguage language, String subject, String html, String text,
                               boolean transactional) {

    public MailTemplateDraft draft() {
        return new MailTemplateDraft(name, language.tag(), subject, html, text, transactional);
    }
}
