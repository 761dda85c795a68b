package com.leadwire.admin.shell;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.shared.ForbiddenException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The panel's one error handler for what fails after a page is open (a click, a value change): one
 * log line with the trace and a reference, and a notification with that reference, never a trace.
 * Opening a page that fails is {@link UnexpectedErrorView}'s.
 */
@Component
class PanelErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PanelErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    /**
     * A refusal of the services (a rep acting on another rep's deal, e.g. one reassigned while the
     * page was open) is no failure of ours: it is said plainly, without a reference.
     */
    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (failure instanceof IOException) {
            // the browser went away mid-request: nobody to tell, nothing of ours failed
            log.debug("Panel request ended early: {}", failure.toString());
            return;
        }
        ForbiddenException refused = refusal(failure);
        if (refused != null) {
            log.info("Panel action refused: {}", refused.getMessage());
            notify(8000, "access.refused");
            return;
        }
        String reference = ErrorReference.next();
        log.error("Panel error {}", reference, failure);
        notify(10_000, "ops.error.notification", reference);
    }

    private static ForbiddenException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ForbiddenException refused) {
                return refused;
            }
        }
        return null;
    }

    private static void notify(int millis, String key, Object... parameters) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation(key, parameters), millis, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }
}
