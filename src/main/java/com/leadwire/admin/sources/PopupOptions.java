package com.leadwire.admin.sources;

import com.leadwire.forms.FormSettings;
import com.leadwire.forms.FormSettings.PopupTrigger;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

/** When a pop-up opens: after a delay, when the visitor is about to leave, or past a share of the page. */
class PopupOptions extends HorizontalLayout {

    final RadioButtonGroup<PopupTrigger> trigger = new RadioButtonGroup<>();
    final IntegerField seconds = new IntegerField();
    final IntegerField scrollPercent = new IntegerField();

    PopupOptions(FormSettings.Popup popup) {
        FormSettings.Popup shown = popup == null ? new FormSettings.Popup(null, null, null) : popup;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        trigger.setLabel(getTranslation("sources.popup.trigger"));
        trigger.setItems(PopupTrigger.values());
        trigger.setItemLabelGenerator(kind -> getTranslation("sources.popup.trigger." + kind));
        trigger.setValue(shown.trigger());
        seconds.setLabel(getTranslation("sources.popup.seconds"));
        seconds.setMin(0);
        seconds.setMax(3600);
        seconds.setStepButtonsVisible(true);
        seconds.setValue(shown.seconds());
        scrollPercent.setLabel(getTranslation("sources.popup.scrollPercent"));
        scrollPercent.setMin(1);
        scrollPercent.setMax(100);
        scrollPercent.setStepButtonsVisible(true);
        scrollPercent.setValue(shown.scrollPercent());
        trigger.addValueChangeListener(change -> showTriggerParts());
        add(trigger, seconds, scrollPercent);
        showTriggerParts();
    }

    private void showTriggerParts() {
        seconds.setVisible(trigger.getValue() == PopupTrigger.DELAY);
        scrollPercent.setVisible(trigger.getValue() == PopupTrigger.SCROLL);
    }

    FormSettings.Popup popup() {
        return new FormSettings.Popup(trigger.getValue(), seconds.getValue(), scrollPercent.getValue());
    }
}
