package com.leadwire.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

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
    private String subject;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailTemplate() {
    }

    MailTemplate(String name, String subject, String body) {
        this.name = name;
        this.subject = subject;
        this.body = body;
        this.createdAt = Instant.now();
    }

    void change(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    MailTemplateView view() {
        return new MailTemplateView(id, name, subject, body);
    }

    String getName() {
        return name;
    }
}
