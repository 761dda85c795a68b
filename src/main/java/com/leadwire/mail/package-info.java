/**
 * E-mail: named Mustache templates, composing a message from a template and a model, and the
 * outbox sender that delivers it over SMTP (or into the dev mailbox when no SMTP host is set).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"outbox", "shared"})
package com.leadwire.mail;
