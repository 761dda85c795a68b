package com.leadwire.admin.team;

import java.util.Map;
import java.util.Optional;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.TeamMember;
import com.leadwire.team.TeamPasswords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an invite or reset link leads ({@code /invite/<token>}), without a login: the person
 * chooses their password, once.
 */
@Route("invite")
@PageTitle("Leadwire")
@AnonymousAllowed
class WelcomeView extends VerticalLayout implements HasUrlParameter<String> {

    final Paragraph message = new Paragraph();
    final NewPasswordFields password = new NewPasswordFields();
    final Button save = new Button();
    final Anchor login = new Anchor("login");

    private final TeamPasswords passwords;
    private String token;

    WelcomeView(TeamPasswords passwords) {
        this.passwords = passwords;
        setAlignItems(FlexComponent.Alignment.CENTER);
        password.setMaxWidth("24em");
        save.setText(getTranslation("team.welcome.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        login.setText(getTranslation("team.welcome.login"));
        login.setRouterIgnore(true);
        login.setVisible(false);
        add(new H1(getTranslation("team.welcome.title")), message, password, save, login);
    }

    @Override
    public void setParameter(BeforeEvent event, String linkToken) {
        token = linkToken;
        Optional<TeamMember> invitee = passwords.invitee(linkToken);
        invitee.ifPresentOrElse(member -> message.setText(getTranslation("team.welcome.text", member.displayName(), member.username())),
                this::linkNotWorking);
    }

    private void save() {
        String chosen = password.typedTwice();
        if (chosen == null) {
            return;
        }
        try {
            passwords.acceptInvite(token, chosen);
            message.setText(getTranslation("team.welcome.done"));
            password.setVisible(false);
            save.setVisible(false);
            login.setVisible(true);
        } catch (InvalidInputException refused) {
            FieldRefusals.show(this, refused, Map.of("password", password.password));
        } catch (NotFoundException usedMeanwhile) {
            linkNotWorking();
        }
    }

    private void linkNotWorking() {
        message.setText(getTranslation("team.welcome.invalid"));
        password.setVisible(false);
        save.setVisible(false);
        login.setVisible(true);
    }
}
