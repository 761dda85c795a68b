package com.leadwire.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One language version of a named template. */
@Entity
@Table(name = "mail_template")
class MailTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
    @SequenceGenerator(name = "mail_template_seq", sequenceName = "mail_template_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(name = "html_body", nullable = false, columnDefinition = "LONGTEXT")
    private String html;

    @Column(name = "text_body", columnDefinition = "LONGTEXT")
    private String text;

    @Column(nullable = false)
    private boolean transactional;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailTemplate() {
    }

    MailTemplate(MailTemplateDraft draft) {
        this.createdAt = Instant.now();
        change(draft);
    }

    void change(MailTemplateDraft draft) {
        this.name = draft.name();
        this.language = MailLanguage.ofTag(draft.language()).tag();
        this.subject = draft.subject();
        this.html = draft.html();
        this.text = draft.text();
        this.transactional = draft.transactional();
    }

    MailTemplateView view() {
        return new MailTemplateView(id, name, MailLanguage.ofTag(language), subject, html, text == null ? "" : text, transactional);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
