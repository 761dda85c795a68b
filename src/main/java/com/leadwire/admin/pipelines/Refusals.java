package com.leadwire.admin.pipelines;

import com.leadwire.pipeline.PipelineChangeRefused;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A change the pipeline service refused, said in the reader's language where the panel knows the reason. */
final class Refusals {

    private Refusals() {
    }

    static String text(RuntimeException refused) {
        UI ui = UI.getCurrent();
        if (refused instanceof PipelineChangeRefused known) {
            return ui.getTranslation("pipelines.refused." + known.reason().name(), known.names().toArray());
        }
        return ui.getTranslation("pipelines.error.refused", refused.getMessage());
    }

    /** Runs the change; a refusal is shown as a notification and the change returns false. */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConflictException | InvalidInputException | NotFoundException refused) {
            show(refused);
            return false;
        }
    }

    static void show(RuntimeException refused) {
        Notification.show(text(refused), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
