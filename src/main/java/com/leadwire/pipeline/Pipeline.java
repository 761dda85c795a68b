package com.leadwire.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

@Entity
@Table(name = "pipeline")
class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_seq")
    @SequenceGenerator(name = "pipeline_seq", sequenceName = "pipeline_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Stage> stages = new ArrayList<>();

    protected Pipeline() {
    }

    Pipeline(String name, int position) {
        this.name = requireName(name);
        this.position = position;
        this.createdAt = Instant.now();
    }

    Stage addStage(String stageName, StageKind kind) {
        String checked = requireName(stageName);
        if (stages.stream().anyMatch(stage -> stage.getName().equalsIgnoreCase(checked))) {
            throw new ConflictException("pipeline '" + name + "' already has a stage '" + checked + "'");
        }
        Stage stage = new Stage(this, checked, stages.size(), kind);
        stages.add(stage);
        return stage;
    }

    void rename(String newName) {
        this.name = requireName(newName);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Puts the stages in the given order; the list must name every stage once. */
    void reorderStages(List<Long> stageIds) {
        if (stageIds.size() != stages.size() || !stageIds.containsAll(stages.stream().map(Stage::getId).toList())) {
            throw new InvalidInputException("stageIds", "the new order must list every stage of the pipeline once");
        }
        stages.forEach(stage -> stage.moveTo(stageIds.indexOf(stage.getId())));
        stages.sort(Comparator.comparingInt(Stage::getPosition));
    }

    void removeStage(Stage stage) {
        if (stages.size() == 1) {
            throw new ConflictException("a pipeline needs at least one stage");
        }
        stages.remove(stage);
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).moveTo(i);
        }
    }

    Stage stage(long stageId) {
        return stages.stream().filter(stage -> stage.getId() == stageId).findFirst()
                .orElseThrow(() -> new NotFoundException("pipeline '" + name + "' has no stage " + stageId));
    }

    PipelineView view() {
        return new PipelineView(id, name, position, stages.stream().map(Stage::view).toList());
    }

    /** A pipeline's or stage's name: given, at most 200 characters (the columns' length), stripped. */
    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a name is required");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("name", "a name has at most 200 characters");
        }
        return name.strip();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    List<Stage> getStages() {
        return stages;
    }
}
