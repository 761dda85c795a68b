package com.leadwire.pipeline;

import java.util.List;

import com.leadwire.shared.ConflictException;

/**
 * A move refused because the deal does not meet an entry requirement of the stage it was to enter.
 * The message says which, in a sales person's words; {@code missing} names what was lacking (the
 * stages it may come from, the stages it has not been in, the fields not set), so that the panel
 * and the bot can say it in their reader's language.
 */
public class EntryRequirementUnmet extends ConflictException {

    /** Which requirement, named as in a stage's JSON. */
    public enum Requirement {
        FROM_STAGES("fromStages"), VISITED_STAGES("visitedStages"), FIELDS("fields");

        private final String jsonName;

        Requirement(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    private final Requirement requirement;
    private final long stageId;
    private final String stageName;
    private final List<String> missing;

    EntryRequirementUnmet(Requirement requirement, StageView stage, List<String> missing) {
        super(sentence(requirement, stage.name(), missing));
        this.requirement = requirement;
        this.stageId = stage.id();
        this.stageName = stage.name();
        this.missing = List.copyOf(missing);
    }

    private static String sentence(Requirement requirement, String stage, List<String> missing) {
        String names = String.join(", ", missing);
        return switch (requirement) {
            case FROM_STAGES -> stage + " can only be entered from " + (missing.size() == 1 ? names : "one of " + names);
            case VISITED_STAGES -> "A deal enters " + stage + " only after " + names;
            case FIELDS -> stage + " needs the field" + (missing.size() == 1 ? " " : "s ") + names;
        };
    }

    public Requirement requirement() {
        return requirement;
    }

    public long stageId() {
        return stageId;
    }

    public String stageName() {
        return stageName;
    }

    /** Stage names, or field names in single quotes ({@code 'platform'}). */
    public List<String> missing() {
        return missing;
    }
}
