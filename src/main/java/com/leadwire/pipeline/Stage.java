package com.leadwire.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "stage")
class Stage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_seq")
    @SequenceGenerator(name = "stage_seq", sequenceName = "stage_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id")
    private Pipeline pipeline;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StageKind kind;

    @Convert(converter = EntryRequirementsColumn.class)
    @Column(name = "entry_requirements", columnDefinition = "LONGTEXT")
    private EntryRequirements requirements = EntryRequirements.NONE;

    protected Stage() {
    }

    Stage(Pipeline pipeline, String name, int position, StageKind kind) {
        this.pipeline = pipeline;
        this.name = name;
        this.position = position;
        this.kind = kind == null ? StageKind.OPEN : kind;
    }

    void rename(String newName) {
        this.name = Pipeline.requireName(newName);
    }

    void changeKind(StageKind newKind) {
        this.kind = newKind;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Takes requirements its pipeline has checked ({@link Pipeline#setRequirements}). */
    void require(EntryRequirements checked) {
        this.requirements = checked;
    }

    StageView view() {
        return new StageView(id, name, position, kind, requirements);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    StageKind getKind() {
        return kind;
    }

    int getPosition() {
        return position;
    }

    EntryRequirements getRequirements() {
        return requirements == null ? EntryRequirements.NONE : requirements;
    }

    Pipeline getPipeline() {
        return pipeline;
    }
}
