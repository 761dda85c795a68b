package com.leadwire.automation.engine;

import java.util.Map;

import com.leadwire.mail.MailModel;
import com.leadwire.pipeline.DealView;

/** What a template is rendered with for a deal: the one shape of a rule's e-mail and of one sent from the deal page. */
public final class MailModels {

    private MailModels() {
    }

    /** {@code deal} null: a contact's own e-mail; {@code responsible}: the responsible rep's name, if any. */
    public static MailModel of(MailModel.Contact who, DealView deal, String responsible) {
        if (deal == null) {
            return new MailModel(who, null, Map.of());
        }
        return new MailModel(who, new MailModel.Deal(deal.id(), deal.title(), deal.pipelineName(), deal.stageName(), deal.amount(),
                deal.currency(), deal.products(), responsible), deal.fields());
    }
}
