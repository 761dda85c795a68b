package com.leadwire.mail;

/** A template rendered with a model: what the recipient reads. An empty part is left out of the e-mail. */
public record RenderedMail(String subject, String html, String text) {
}
