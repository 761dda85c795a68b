package com.leadwire.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeyView;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** API keys: create (the key is answered once), list with their last use, revoke. Needs the admin scope. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys")
class ApiKeysController {

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    /** A key as listed: never the key, only its first characters ({@code prefix}). */
    record KeyJson(long id, String name, String prefix, ApiKeyScope scope, Long ownerId, String owner, Instant createdAt,
                   @Schema(description = "to the minute: written at most once a minute") Instant lastUsedAt, Instant revokedAt,
                   boolean revoked) {

        static KeyJson of(ApiKeyView key) {
            return new KeyJson(key.id(), key.name(), key.prefix(), key.scope(), key.ownerId(), key.owner(), key.createdAt(),
                    key.lastUsedAt(), key.revokedAt(), key.revoked());
        }
    }

    /** A new key with the key itself, answered this once. */
    record CreatedKeyJson(long id, String name, String prefix, ApiKeyScope scope, Long ownerId, String owner, Instant createdAt,
                          @Schema(description = "the key; send it in X-Api-Key. Shown only in this answer") String key) {
    }

    record CreateKeyRequest(String name, @Schema(allowableValues = {"read", "write", "admin"}) String scope,
                            @Schema(description = "a team member whose limits the key carries (optional)") Long ownerId) {
    }

    @GetMapping
    @Operation(summary = "Every API key, newest first, revoked ones included, with when each was last used")
    List<KeyJson> list() {
        return keys.all().stream().map(KeyJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One API key")
    KeyJson byId(@PathVariable long id) {
        return KeyJson.of(keys.find(id).orElseThrow(() -> new NotFoundException("no API key " + id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key with a name and a scope (read, write or admin), optionally owned by a team member",
            description = "read: GET calls; write: also the calls that change deals, contacts and other data; admin: everything, "
                    + "including the team, API keys, the audit log, rules, the automation switch, webhooks and source secrets. "
                    + "A key owned by a team member carries that member's limits too. The key is in this answer only.")
    CreatedKeyJson create(@RequestBody CreateKeyRequest request, Principal caller) {
        if (request == null || request.scope() == null) {
            throw new InvalidInputException("scope", "scope is one of read, write, admin");
        }
        ApiKeys.CreatedKey created = keys.create(request.name(), ApiKeyScope.of(request.scope()), request.ownerId(), caller.getName());
        ApiKeyView key = created.view();
        return new CreatedKeyJson(key.id(), key.name(), key.prefix(), key.scope(), key.ownerId(), key.owner(), key.createdAt(),
                created.key());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke an API key: refused on every node within seconds; 409 when it was revoked already")
    KeyJson revoke(@PathVariable long id, Principal caller) {
        return KeyJson.of(keys.revoke(id, caller.getName()));
    }
}
