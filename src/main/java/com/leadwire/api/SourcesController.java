package com.leadwire.api;

import java.security.Principal;
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

import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.SampleIntake;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sources: where deals come from and where they land. Secrets are write-only here, except in the
 * answer to a rotation, the one time a generated secret is shown.
 */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources")
class SourcesController {

    private final Sources sources;
    private final SampleIntake samples;

    SourcesController(Sources sources, SampleIntake samples) {
        this.sources = sources;
        this.samples = samples;
    }

    /** A source as the API shows it: whether a secret is set, never the secret itself. */
    record SourceResponse(long id, String kind, String key, String name, Long pipelineId, Long stageId, String dealTitleTemplate,
                          boolean hasSecret, String settings, boolean active, boolean checkout,
                          List<SourceView.PlacementRuleView> placementRules) {

        static SourceResponse of(SourceView source) {
            return new SourceResponse(source.id(), source.kind().name(), source.key(), source.name(), source.pipelineId(),
                    source.stageId(), source.dealTitleTemplate(), source.secret() != null, source.settings(), source.active(),
                    source.checkout(), source.placementRules());
        }
    }

    /** A rotation's answer: the source and its new secret, shown this once. */
    record RotatedSecretResponse(SourceResponse source, String secret) {
    }

    /** What a test submission made: the event, the contact and the deal. */
    record SampleResponse(long eventId, long contactId, Long dealId) {

        static SampleResponse of(IntakeResult result) {
            return new SampleResponse(result.eventId(), result.contactId(), result.dealId());
        }
    }

    @GetMapping
    List<SourceResponse> all() {
        return sources.all().stream().map(SourceResponse::of).toList();
    }

    @GetMapping("/{key}")
    SourceResponse byKey(@PathVariable String key) {
        return SourceResponse.of(sources.findByKey(key).orElseThrow(() -> new NotFoundException("no source '" + key + "'")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a source")
    SourceResponse create(@RequestBody SourceDraft draft, Principal caller) {
        return SourceResponse.of(sources.create(draft, caller.getName()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a source (all fields)")
    SourceResponse update(@PathVariable long id, @RequestBody SourceDraft draft, Principal caller) {
        return SourceResponse.of(sources.update(id, draft, caller.getName()));
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Give the source a new random secret (a payment provider's signing secret, an API source's key)",
            description = "The answer is the only time the secret is shown; the previous secret stops working at once "
                    + "(a payment source's settings may list previousSecrets that stay valid during a provider's switch).")
    RotatedSecretResponse rotateSecret(@PathVariable long id, Principal caller) {
        Sources.RotatedSecret rotated = sources.rotateSecret(id, caller.getName());
        return new RotatedSecretResponse(SourceResponse.of(rotated.source()), rotated.secret());
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a sample submission through the source's real intake path",
            description = "A made-up contact (sample-…@example.com) fills the form, answers the bot flow or pays 100.00 BRL; "
                    + "the answer names the deal it created. The form's own rules apply: a refusal is a 422 naming the field.")
    SampleResponse test(@PathVariable long id) {
        return SampleResponse.of(samples.send(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a source; one that deals came from is deactivated instead")
    void delete(@PathVariable long id, Principal caller) {
        sources.delete(id, caller.getName());
    }
}
