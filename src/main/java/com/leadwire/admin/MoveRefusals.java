package com.leadwire.admin;

import com.leadwire.pipeline.EntryRequirementUnmet;
import com.vaadin.flow.component.Component;

/** Why a stage's entry requirements refused a move, in the reader's language. */
public final class MoveRefusals {

    private MoveRefusals() {
    }

    public static String explain(EntryRequirementUnmet unmet, Component reader) {
        return reader.getTranslation("deal.move.refused", reader.getTranslation("deal.move.requirement." + unmet.requirement().jsonName(),
                unmet.stageName(), String.join(", ", unmet.missing()), unmet.missing().size()));
    }
}
