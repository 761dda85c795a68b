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

import com.leadwire.automation.DryRunReport;
import com.leadwire.automation.DryRunRequest;
import com.leadwire.automation.DryRuns;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Automation rules: a trigger, all-of and any-of conditions and ordered actions. A rule that
 * points at something deleted since is listed with its {@code problems} (broken) and not run.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules")
class RulesController {

    private final Rules rules;
    private final DryRuns dryRuns;

    RulesController(Rules rules, DryRuns dryRuns) {
        this.rules = rules;
        this.dryRuns = dryRuns;
    }

    /** A rule as the API shows it: the definition, plus whether it is broken and why. */
    record RuleJson(long id, String name, String description, boolean enabled, RuleTrigger trigger, RuleConditions conditions,
                    List<RuleAction> actions, boolean broken, List<String> problems, String createdAt, String updatedAt, String enabledAt) {

        static RuleJson of(RuleView rule) {
            return new RuleJson(rule.id(), rule.name(), rule.description(), rule.enabled(), rule.trigger(), rule.conditions(),
                    rule.actions(), rule.broken(), rule.problems(), text(rule.createdAt()), text(rule.updatedAt()), text(rule.enabledAt()));
        }

        private static String text(Object instant) {
            return instant == null ? null : instant.toString();
        }
    }

    @GetMapping
    @Operation(summary = "All rules in the order they run, broken ones with their problems")
    List<RuleJson> all() {
        return rules.all().stream().map(RuleJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule, with whether it is broken and why")
    RuleJson byId(@PathVariable long id) {
        return RuleJson.of(rules.find(id).orElseThrow(() -> new NotFoundException("no rule " + id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a rule; 400 naming the part that is wrong (or points at a stage, template, rep or webhook that does "
            + "not exist)")
    RuleJson create(@RequestBody RuleDefinition rule, Principal caller) {
        return RuleJson.of(rules.create(required(rule), caller.getName()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a rule (all fields); a changed idle delay re-schedules its pending timers, disabling cancels them")
    RuleJson update(@PathVariable long id, @RequestBody RuleDefinition rule, Principal caller) {
        return RuleJson.of(rules.update(id, required(rule), caller.getName()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule and cancel its pending timers")
    void delete(@PathVariable long id, Principal caller) {
        rules.delete(id, caller.getName());
    }

    @PostMapping("/dry-run")
    @Operation(summary = "Which rules would fire, and why: for an existing deal ({\"dealId\": 42}) or a sample event "
            + "({\"trigger\": \"DEAL_CREATED\", \"deal\": {…}, \"contact\": {…}}), optionally with an unsaved \"rule\"; changes nothing")
    DryRunReport dryRun(@RequestBody DryRunRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a dry-run takes a dealId, or a trigger with a sample deal and contact");
        }
        return dryRuns.run(request);
    }

    private static RuleDefinition required(RuleDefinition rule) {
        if (rule == null) {
            throw new InvalidInputException("body", "a rule is required");
        }
        return rule;
    }
}
