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

import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Sources: where deals come from and where they land. Secrets are write-only here. */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources")
class SourcesController {

    private final Sources sources;

    SourcesController(Sources sources) {
        this.sources = sources;
    }

    /** A source as the API shows it: whether a secret is set, never the secret itself. */
    record SourceResponse(long id, String kind, String key, String name, Long pipelineId, Long stageId, String dealTitleTemplate,
                          boolean hasSecret, String settings, boolean active, List<SourceView.PlacementRuleView> placementRules) {

        static SourceResponse of(SourceView source) {
            return new SourceResponse(source.id(), source.kind().name(), source.key(), source.name(), source.pipelineId(),
                    source.stageId(), source.dealTitleTemplate(), source.secret() != null, source.settings(), source.active(),
                    source.placementRules());
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
    SourceResponse create(@RequestBody SourceDraft draft) {
        return SourceResponse.of(sources.create(draft));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a source (all fields)")
    SourceResponse update(@PathVariable long id, @RequestBody SourceDraft draft) {
        return SourceResponse.of(sources.update(id, draft));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a source; one that deals came from is deactivated instead")
    void delete(@PathVariable long id) {
        sources.delete(id);
    }
}
