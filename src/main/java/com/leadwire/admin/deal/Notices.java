package com.leadwire.admin.deal;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** What the deal page says after an action: done (briefly), or refused with the service's reason (long enough to read). */
final class Notices {

    private Notices() {
    }

    static void done(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refused(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
