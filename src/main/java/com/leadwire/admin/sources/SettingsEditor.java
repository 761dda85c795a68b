package com.leadwire.admin.sources;

import com.vaadin.flow.component.Component;

/** The part of a source's editor that writes its kind's settings JSON. */
interface SettingsEditor {

    Component component();

    /** The settings as the editor now has them, everything it does not show kept as it was. */
    String settings();
}
