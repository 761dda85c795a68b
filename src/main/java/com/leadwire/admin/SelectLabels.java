package com.leadwire.admin;

import java.util.function.Function;

import com.vaadin.flow.component.select.Select;

/** A select's option labels; the select asks for the label of "nothing chosen" too, which is blank. */
public final class SelectLabels {

    private SelectLabels() {
    }

    public static <T> void label(Select<T> select, Function<T, String> label) {
        select.setItemLabelGenerator(item -> item == null ? "" : label.apply(item));
    }
}
