package com.leadwire.admin.sources;

import java.util.function.Consumer;

import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A payment source's signing secret: only whether one is set, never the secret itself, except
 * once, right after Leadwire made a new one. A provider that makes its own secret (Stripe's
 * {@code whsec_…}) gets a field to paste it into instead; it is saved with the source.
 */
class SecretSection extends VerticalLayout {

    static final String MASK = "••••••••••••";

    final Span state = new Span();
    final Button rotate = new Button();
    final PasswordField pasted = new PasswordField();
    /** The dialog that shows a new secret, for tests. */
    Dialog shown;
    CopyBox shownSecret;

    private final Sources sources;
    private final String actor;
    private final Consumer<SourceView> rotated;
    private SourceView source;

    SecretSection(SourceView source, String provider, boolean configuredElsewhere, Sources sources, String actor,
                  Consumer<SourceView> rotated) {
        this.source = source;
        this.actor = actor;
        this.sources = sources;
        this.rotated = rotated;
        setPadding(false);
        add(new H3(getTranslation("sources.secret.title")));
        if (source.secret() != null) {
            state.setText(getTranslation("sources.secret.set", MASK));
        } else {
            state.setText(getTranslation(configuredElsewhere ? "sources.secret.configured" : "sources.secret.none"));
        }
        add(state);
        if (provider.equals("generic")) {
            add(new Paragraph(getTranslation("sources.secret.generic.help")));
            rotate.setText(getTranslation(source.secret() == null ? "sources.secret.generate" : "sources.secret.rotate"));
            rotate.setIcon(VaadinIcon.KEY.create());
            rotate.addClickListener(click -> confirmRotation());
            add(rotate);
        } else {
            pasted.setLabel(getTranslation("sources.secret.paste", getTranslation("sources.provider." + provider)));
            pasted.setHelperText(getTranslation("sources.secret.paste.help"));
            pasted.setWidth("28em");
            add(pasted);
        }
    }

    /** The secret pasted from the provider, or null to keep the current one. */
    String pastedSecret() {
        return pasted.getValue() == null || pasted.getValue().isBlank() ? null : pasted.getValue().strip();
    }

    private void confirmRotation() {
        if (source.secret() == null) {
            rotateNow();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("sources.secret.rotate.title"), getTranslation("sources.secret.rotate.text"),
                getTranslation("sources.secret.rotate"), confirmed -> rotateNow(), getTranslation("sources.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void rotateNow() {
        Sources.RotatedSecret result = sources.rotateSecret(source.id(), actor);
        source = result.source();
        state.setText(getTranslation("sources.secret.set", MASK));
        rotate.setText(getTranslation("sources.secret.rotate"));
        showOnce(result.secret());
        rotated.accept(result.source());
    }

    private void showOnce(String secret) {
        shown = new Dialog();
        shown.setHeaderTitle(getTranslation("sources.secret.shown.title"));
        shownSecret = new CopyBox(getTranslation("sources.secret.shown.label"), secret);
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("sources.secret.shown.once")), shownSecret);
        content.setPadding(false);
        content.setWidth("36em");
        shown.add(content);
        Button done = new Button(getTranslation("sources.secret.shown.done"), click -> shown.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.getFooter().add(done);
        shown.open();
    }
}
