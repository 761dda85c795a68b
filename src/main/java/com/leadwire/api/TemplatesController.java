package com.leadwire.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplateView;
import com.leadwire.mail.MailTemplates;
import com.leadwire.mail.RenderedMail;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** E-mail templates: one version per name and language ({@code pt-BR}, {@code en}); rules send them by name. */
@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates")
class TemplatesController {

    private final MailTemplates templates;

    TemplatesController(MailTemplates templates) {
        this.templates = templates;
    }

    record TemplateJson(Long id, String name, String language, String subject, String html, String text, boolean transactional) {

        static TemplateJson of(MailTemplateView template) {
            return new TemplateJson(template.id(), template.name(), template.language().tag(), template.subject(), template.html(),
                    template.text(), template.transactional());
        }

        MailTemplateDraft draft() {
            return new MailTemplateDraft(name, language, subject, html, text, transactional);
        }
    }

    @GetMapping
    @Operation(summary = "All templates, by name and language")
    List<TemplateJson> all() {
        return templates.all().stream().map(TemplateJson::of).toList();
    }

    @GetMapping("/{id}")
    TemplateJson byId(@PathVariable long id) {
        return TemplateJson.of(existing(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a template version; 409 when the name already has one in that language, "
            + "422 naming the field whose Mustache does not compile")
    TemplateJson create(@RequestBody TemplateJson template) {
        return TemplateJson.of(templates.create(template.draft()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a template version (all fields)")
    TemplateJson update(@PathVariable long id, @RequestBody TemplateJson template) {
        return TemplateJson.of(templates.update(id, template.draft()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a template version; 409 while a rule sends the template and this is its last version")
    void delete(@PathVariable long id) {
        templates.delete(id);
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "Render the subject, HTML and text with a built-in sample deal and contact")
    RenderedMail preview(@PathVariable long id) {
        return templates.preview(existing(id).draft());
    }

    private MailTemplateView existing(long id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException("no mail template " + id));
    }
}
