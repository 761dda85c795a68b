package com.leadwire.automation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored rule: its trigger, conditions and actions as JSON in the shape of {@link RuleDefinition}. */
@Entity
@Table(name = "automation_rule")
class AutomationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_rule_seq")
    @SequenceGenerator(name = "automation_rule_seq", sequenceName = "automation_rule_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "active", nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int position;

    @Column(name = "trigger_kind", nullable = false)
    private String triggerType;

    @Column(name = "trigger_spec", columnDefinition = "LONGTEXT")
    private String trigger;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String conditions;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String actions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AutomationRule() {
    }

    AutomationRule(int position, Instant now) {
        this.position = position;
        this.createdAt = now;
    }

    /** Takes the new content; {@code enabledAt} moves only when the rule goes from off to on. */
    void change(String name, String description, boolean enabled, TriggerType type, String trigger, String conditions,
                String actions, Instant now) {
        if (enabled && (!this.enabled || enabledAt == null)) {
            enabledAt = now;
        }
        this.name = name;
        this.description = description;
        this.enabled = enabled;
        this.triggerType = type.name();
        this.trigger = trigger;
        this.conditions = conditions;
        this.actions = actions;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    boolean isEnabled() {
        return enabled;
    }

    int getPosition() {
        return position;
    }

    String getTrigger() {
        return trigger;
    }

    String getConditions() {
        return conditions;
    }

    String getActions() {
        return actions;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEnabledAt() {
        return enabledAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
