package com.leadwire.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @Column(name = "source_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(name = "pipeline_id")
    private Long pipelineId;

    @Column(name = "stage_id")
    private Long stageId;

    @Column(name = "deal_title_template")
    private String dealTitleTemplate;

    private String secret;

    @Column(columnDefinition = "LONGTEXT")
    private String settings;

    @Column(nullable = false)
    private boolean active = true;

    /** A pop-up or form that is a store's checkout: its leads can become abandoned checkouts (lead groups). */
    @Column(nullable = false)
    private boolean checkout;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlacementRule> placementRules = new ArrayList<>();

    protected Source() {
    }

    Source(SourceDraft draft, Function<SourceView.PlacementRuleView, String> conditionsJson) {
        this.createdAt = Instant.now();
        apply(draft, conditionsJson);
    }

    void apply(SourceDraft draft, Function<SourceView.PlacementRuleView, String> conditionsJson) {
        this.kind = draft.kind();
        this.key = draft.key();
        this.name = draft.name();
        this.pipelineId = draft.pipelineId();
        this.stageId = draft.stageId();
        this.dealTitleTemplate = draft.dealTitleTemplate();
        if (draft.secret() != null) {
            this.secret = draft.secret().isBlank() ? null : draft.secret();
        }
        this.settings = draft.settings();
        this.checkout = draft.checkout();
        placementRules.clear();
        for (SourceView.PlacementRuleView rule : draft.placementRules()) {
            placementRules.add(new PlacementRule(this, placementRules.size(), conditionsJson.apply(rule), rule.pipelineId(), rule.stageId()));
        }
    }

    void replaceSecret(String secret) {
        this.secret = secret;
    }

    void deactivate() {
        this.active = false;
    }

    SourceView view(Function<String, java.util.Map<String, String>> readConditions) {
        return new SourceView(id, kind, key, name, pipelineId, stageId, dealTitleTemplate, secret, settings, active, checkout,
                placementRules.stream().map(rule -> new SourceView.PlacementRuleView(
                        readConditions.apply(rule.getConditions()), rule.getPipelineId(), rule.getStageId())).toList());
    }

    Long getId() {
        return id;
    }
}
