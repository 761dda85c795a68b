package com.leadwire.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.telegram.TelegramLinkCode;
import com.leadwire.telegram.TelegramLinkCodes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Linking a team member's Telegram chat: a one-time code the rep sends to the bot. */
@RestController
@RequestMapping("/api/v1/team")
@Tag(name = "Team")
class TeamTelegramController {

    private final TelegramLinkCodes codes;

    TeamTelegramController(TelegramLinkCodes codes) {
        this.codes = codes;
    }

    @PostMapping("/{userId}/telegram-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a one-time code the team member sends the bot as /start link-<code>")
    LinkCodeResponse create(@PathVariable long userId) {
        TelegramLinkCode code = codes.create(userId);
        return new LinkCodeResponse(code.userId(), code.code(), code.startCommand(), code.expiresAt().toString());
    }

    record LinkCodeResponse(long userId, String code, String startCommand, String expiresAt) {
    }
}
