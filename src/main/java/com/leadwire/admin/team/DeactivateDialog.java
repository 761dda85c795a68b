package com.leadwire.admin.team;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.leadwire.shared.ConflictException;
import com.leadwire.team.DealHandover;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

/**
 * Confirms a deactivation; a member with open deals is asked first where those go: another
 * active member, or nobody.
 */
class DeactivateDialog extends Dialog {

    /** The choice "nobody" in {@link #handTo}. */
    static final long NOBODY = -1;

    final Select<Long> handTo = new Select<>();
    final Button deactivate = new Button();
    final long openDeals;

    DeactivateDialog(Team team, TeamMember member, String actor, Consumer<Long> onDeactivated) {
        openDeals = team.openDeals(member.id());
        setHeaderTitle(getTranslation("team.deactivate.title", member.displayName()));
        add(new Paragraph(getTranslation("team.deactivate.text", member.displayName())));
        if (openDeals > 0) {
            List<TeamMember> others = team.everyone().stream().filter(TeamMember::active).filter(other -> other.id() != member.id())
                    .toList();
            handTo.setLabel(getTranslation("team.deactivate.to"));
            handTo.setItems(Stream.concat(Stream.of(NOBODY), others.stream().map(TeamMember::id)).toList());
            handTo.setItemLabelGenerator(id -> id == NOBODY ? getTranslation("team.deactivate.nobody")
                    : others.stream().filter(other -> other.id() == id).findFirst().map(TeamView::label).orElse("#" + id));
            handTo.setValue(NOBODY);
            handTo.setWidthFull();
            add(new Paragraph(getTranslation("team.deactivate.deals", member.displayName(), openDeals)), handTo);
        }
        deactivate.setText(getTranslation("team.action.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(click -> {
            DealHandover handover = new DealHandover(Optional.ofNullable(handTo.getValue()).filter(id -> id != NOBODY).orElse(null));
            try {
                team.deactivate(member.id(), handover, actor);
                onDeactivated.accept(openDeals);
            } catch (ConflictException lastAdmin) {
                Notification.show(getTranslation("team.deactivate.lastAdmin"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
        });
        getFooter().add(new Button(getTranslation("team.cancel"), click -> close()), deactivate);
    }
}
