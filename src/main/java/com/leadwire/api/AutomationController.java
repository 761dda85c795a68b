package com.leadwire.api;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The global switch of automated sending (rules and webhooks). */
@RestController
@RequestMapping("/api/v1/automation")
@Tag(name = "Rules")
class AutomationController {

    private final AutomationSwitch automation;

    AutomationController(AutomationSwitch automation) {
        this.automation = automation;
    }

    record SwitchJson(boolean enabled, String changedAt, String changedBy) {

        static SwitchJson of(AutomationSwitch.State state) {
            return new SwitchJson(state.enabled(), state.changedAt().toString(), state.changedBy());
        }
    }

    /** What a caller may change: only whether it is on (who and when are recorded, not sent). */
    record SwitchRequest(Boolean enabled) {
    }

    @GetMapping
    @Operation(summary = "Whether automation is on")
    SwitchJson state() {
        return SwitchJson.of(automation.state());
    }

    @PutMapping
    @Operation(summary = "Turn automation on or off ({\"enabled\": false}); off, what comes due is recorded as skipped, never sent later")
    SwitchJson turn(@RequestBody SwitchRequest request, Principal caller) {
        if (request == null || request.enabled() == null) {
            throw new InvalidInputException("enabled", "enabled (true or false) is required");
        }
        return SwitchJson.of(automation.turn(request.enabled(), caller.getName()));
    }
}
