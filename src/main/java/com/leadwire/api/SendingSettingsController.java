package com.leadwire.api;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sending like a considerate sender: the business time zone, the sending hours and the per-contact
 * daily cap of automated marketing e-mails (rules' and follow-ups'), e.g.
 * {@code {"timeZone": "America/Sao_Paulo", "sendingHours": {"enabled": false, "days": ["MONDAY", …],
 * "from": "09:00", "to": "18:00"}, "dailyCap": {"enabled": false, "perContact": 3}}}. The panel's
 * settings use the same service. Reading needs the read scope, changing the admin scope.
 */
@RestController
@RequestMapping("/api/v1/settings/sending")
@Tag(name = "Rules")
class SendingSettingsController {

    private final SendingSettings settings;

    SendingSettingsController(SendingSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "The business time zone, the sending hours and the per-contact daily cap (both off on a fresh install)")
    SendingSettingsDraft current() {
        return settings.current().draft();
    }

    @PutMapping
    @Operation(summary = "Set the business time zone (IANA, e.g. America/Sao_Paulo), the sending hours (enabled, days MONDAY … SUNDAY, "
            + "from and to as HH:MM in that zone, from before to) and the daily cap (enabled, perContact from 1 to 100). On, an automated "
            + "marketing e-mail outside the hours or over the cap is held and sent later, never dropped; the deal's timeline says until "
            + "when and why; transactional e-mails are never held. Every field is required; 422 naming the field that is wrong; admin scope")
    SendingSettingsDraft update(@RequestBody SendingSettingsDraft draft, Principal caller) {
        return settings.update(draft, caller.getName()).draft();
    }
}
