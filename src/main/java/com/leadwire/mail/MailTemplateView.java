package com.leadwire.mail;

public record MailTemplateView(long id, String name, String subject, String body) {
}
