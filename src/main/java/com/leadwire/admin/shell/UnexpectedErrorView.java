package com.leadwire.admin.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a page fails unexpectedly, instead of Vaadin's page with the stack trace:
 * a sentence, a way back, and a reference to the one log line with the trace. Without the
 * panel's frame, which may be what failed.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    final Paragraph text = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Panel error {}: opening '{}' failed", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        text.setText(getTranslation("ops.error.text", reference));
        add(new H2(getTranslation("ops.error.title")), text, new Anchor("", getTranslation("ops.error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
