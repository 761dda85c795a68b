package com.leadwire.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "placement_rule")
class PlacementRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_rule_seq")
    @SequenceGenerator(name = "placement_rule_seq", sequenceName = "placement_rule_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String conditions;

    @Column(name = "pipeline_id", nullable = false)
    private long pipelineId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    protected PlacementRule() {
    }

    PlacementRule(Source source, int position, String conditions, long pipelineId, long stageId) {
        this.source = source;
        this.position = position;
        this.conditions = conditions;
        this.pipelineId = pipelineId;
        this.stageId = stageId;
    }

    String getConditions() {
        return conditions;
    }

    long getPipelineId() {
        return pipelineId;
    }

    long getStageId() {
        return stageId;
    }
}
