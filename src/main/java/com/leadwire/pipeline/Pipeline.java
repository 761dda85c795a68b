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

import com.leadwire.pipeline.PipelineChangeRefused.Reason;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

@Entity
@Table(name = "pipeline")
class Pipeline {

    /** How many stages or fields one requirement may list, and how long a required field's name may be. */
    private static final int MAX_REQUIRED = 50;
    private static final int MAX_FIELD_NAME = 100;

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
            throw new PipelineChangeRefused(Reason.STAGE_NAME_TAKEN, "pipeline '" + name + "' already has a stage '" + checked + "'",
                    checked);
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
            throw new PipelineChangeRefused(Reason.LAST_STAGE, "a pipeline needs at least one stage");
        }
        stages.stream().filter(other -> other != stage && other.getRequirements().names(stage.getId())).findFirst()
                .ifPresent(requiring -> {
                    throw new PipelineChangeRefused(Reason.STAGE_REQUIRED_BY_ANOTHER, "stage '" + requiring.getName() + "' requires '"
                            + stage.getName() + "' to be entered; change its requirements first", requiring.getName(), stage.getName());
                });
        stages.remove(stage);
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).moveTo(i);
        }
    }

    /**
     * Sets what a deal needs to enter {@code stage}: stages of this pipeline other than itself, and
     * deal field names; repeats are dropped, names stripped.
     */
    void setRequirements(Stage stage, EntryRequirements wanted) {
        EntryRequirements requirements = wanted == null ? EntryRequirements.NONE : wanted;
        stage.require(new EntryRequirements(
                ownStages(stage, requirements.fromStages(), "requirements.fromStages"),
                ownStages(stage, requirements.visitedStages(), "requirements.visitedStages"),
                fieldNames(requirements.fields())));
    }

    private List<Long> ownStages(Stage stage, List<Long> stageIds, String field) {
        requireAtMost(stageIds, field);
        for (Long stageId : stageIds) {
            if (stageId == null) {
                throw new InvalidInputException(field, field + " lists stage ids; null is not one");
            }
            if (stageId.equals(stage.getId())) {
                throw new InvalidInputException(field, "stage '" + stage.getName() + "' cannot require itself");
            }
            if (stages.stream().noneMatch(own -> stageId.equals(own.getId()))) {
                throw new InvalidInputException(field, "stage " + stageId + " is not a stage of pipeline '" + name + "'");
            }
        }
        return stageIds.stream().distinct().toList();
    }

    private static List<String> fieldNames(List<String> fields) {
        requireAtMost(fields, "requirements.fields");
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                throw new InvalidInputException("requirements.fields", "a required field needs a name");
            }
            if (field.strip().length() > MAX_FIELD_NAME) {
                throw new InvalidInputException("requirements.fields", "a field name has at most " + MAX_FIELD_NAME + " characters");
            }
        }
        return fields.stream().map(String::strip).distinct().toList();
    }

    private static void requireAtMost(List<?> values, String field) {
        if (values.size() > MAX_REQUIRED) {
            throw new InvalidInputException(field, field + " lists at most " + MAX_REQUIRED + " entries");
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
