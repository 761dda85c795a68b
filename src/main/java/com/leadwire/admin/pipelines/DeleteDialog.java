package com.leadwire.admin.pipelines;

import java.util.List;
import java.util.function.Consumer;

import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Asks before a pipeline or stage is deleted and, when it holds deals, which stage they move to
 * (named "pipeline › stage").
 */
class DeleteDialog extends Dialog {

    /** A stage the deals can move to. */
    record Target(PipelineView pipeline, StageView stage) {

        static List<Target> of(List<PipelineView> pipelines) {
            return pipelines.stream().flatMap(pipeline -> pipeline.stages().stream().map(stage -> new Target(pipeline, stage))).toList();
        }

        String label() {
            return pipeline.name() + " › " + stage.name();
        }
    }

    final Select<Target> target = new Select<>();
    final Button delete = new Button(getTranslation("pipelines.delete.confirm"));

    /**
     * @param targets  where the deals may go; shown only when there are deals
     * @param deleting deletes, given the chosen stage id (null without deals); a refusal is shown and the dialog stays open
     */
    DeleteDialog(String title, String text, long deals, List<Target> targets, Consumer<Long> deleting) {
        setHeaderTitle(title);
        target.setLabel(getTranslation("pipelines.delete.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(each -> each == null ? "" : each.label());
        target.setWidthFull();
        target.setVisible(deals > 0);
        VerticalLayout content = new VerticalLayout(new Paragraph(text),
                new Paragraph(deals > 0 ? getTranslation("pipelines.delete.deals", deals) : getTranslation("pipelines.delete.noDeals")),
                target);
        content.setPadding(false);
        content.setWidth("30em");
        add(content);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            if (deals > 0 && target.isEmpty()) {
                target.setErrorMessage(getTranslation("pipelines.delete.target.required"));
                target.setInvalid(true);
                return;
            }
            try {
                deleting.accept(target.isEmpty() ? null : target.getValue().stage().id());
                close();
            } catch (ConflictException | InvalidInputException | NotFoundException refused) {
                Refusals.show(refused);
            }
        });
        Button cancel = new Button(getTranslation("pipelines.dialog.cancel"), click -> close());
        getFooter().add(cancel, delete);
        addOpenedChangeListener(opened -> cancel.focus());
    }
}
