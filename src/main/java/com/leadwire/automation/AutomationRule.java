package com.leadwire.automation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "automation_rule")
class AutomationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_rule_seq")
    @SequenceGenerator(name = "automation_rule_seq", sequenceName = "automation_rule_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private Trigger trigger;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String conditions;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String actions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AutomationRule() {
    }

    AutomationRule(String name, int position, Trigger trigger, String conditions, String actions) {
        this.name = name;
        this.position = position;
        this.trigger = trigger;
        this.conditions = conditions;
        this.actions = actions;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    int getPosition() {
        return position;
    }

    Trigger getTrigger() {
        return trigger;
    }

    String getConditions() {
        return conditions;
    }

    String getActions() {
        return actions;
    }
}
