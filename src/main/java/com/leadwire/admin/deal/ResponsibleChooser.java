package com.leadwire.admin.deal;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Who is responsible for the deal: one of the active team, or nobody; a deal with nobody can be claimed. */
class ResponsibleChooser extends HorizontalLayout {

    final Select<TeamMember> rep = new Select<>();
    final Button assign = new Button();
    final Button claim = new Button();

    ResponsibleChooser(Deals deals, DealEdits edits, List<TeamMember> team, DealView deal, String actor, Runnable refresh) {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        rep.setLabel(getTranslation("dealpage.responsible"));
        rep.setItems(team);
        rep.setItemLabelGenerator(member -> member == null ? getTranslation("dealpage.responsible.nobody") : member.displayName());
        rep.setEmptySelectionAllowed(true);
        rep.setEmptySelectionCaption(getTranslation("dealpage.responsible.nobody"));
        team.stream().filter(member -> deal.responsibleUserId() != null && member.id() == deal.responsibleUserId()).findFirst()
                .ifPresent(rep::setValue);
        assign.setText(getTranslation("dealpage.responsible.assign"));
        assign.addClickListener(click -> {
            try {
                TeamMember chosen = rep.getValue();
                edits.assign(deal.id(), chosen == null ? null : chosen.id(), actor);
                refresh.run();
                Notices.done(chosen == null ? getTranslation("dealpage.responsible.cleared")
                        : getTranslation("dealpage.responsible.assigned", chosen.displayName()));
            } catch (InvalidInputException | OptimisticLockingFailureException refused) {
                Notices.refused(refused.getMessage());
            }
        });
        add(rep, assign);
        if (deal.responsibleUserId() == null) {
            claim.setText(getTranslation("access.claim"));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClickListener(click -> claim(deals, deal, actor, refresh));
            add(claim);
        }
    }

    private void claim(Deals deals, DealView deal, String actor, Runnable refresh) {
        try {
            deals.claim(deal.id(), actor);
            Notices.done(getTranslation("access.claimed", deal.title()));
        } catch (ConflictException | OptimisticLockingFailureException taken) {
            Notices.refused(getTranslation("access.claimTaken"));
        }
        refresh.run();
    }
}
