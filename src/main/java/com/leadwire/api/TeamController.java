package com.leadwire.api;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leadwire.team.CreatedMember;
import com.leadwire.team.DealHandover;
import com.leadwire.team.Invite;
import com.leadwire.team.PasswordRule;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.team.TeamMemberDraft;
import com.leadwire.team.TeamPasswords;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The team as an admin manages it: add people (with a password or an invite link), reset a
 * password, deactivate (handing their open deals over) and reactivate, change a role. The panel's
 * team page does the same through the same services.
 */
@RestController
@RequestMapping("/api/v1/team")
@Tag(name = "Team")
class TeamController {

    private static final String PASSWORD_RULE = "at least " + PasswordRule.MIN_LENGTH + " characters and at most 72 bytes";

    private final Team team;
    private final TeamPasswords passwords;

    TeamController(Team team, TeamPasswords passwords) {
        this.team = team;
        this.passwords = passwords;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberJson(long id, String username, String name, String email, Role role, boolean active, boolean telegramLinked,
                      @Schema(description = "false until the member set a password (through their invite link) or an admin set one")
                      boolean hasPassword,
                      @Schema(description = "only when just created without a password: the one-time link to hand the member")
                      InviteJson invite) {

        static MemberJson of(TeamMember member) {
            return new MemberJson(member.id(), member.username(), member.displayName(), member.email(), member.role(),
                    member.active(), member.telegramLinked(), member.hasPassword(), null);
        }

        MemberJson with(InviteJson newInvite) {
            return new MemberJson(id, username, name, email, role, active, telegramLinked, hasPassword, newInvite);
        }
    }

    record InviteJson(@Schema(description = "the panel page where the member sets their password; works once, shown only now")
                      String url,
                      String expiresAt) {

        static InviteJson of(Invite invite) {
            return new InviteJson(ServletUriComponentsBuilder.fromCurrentContextPath().path(invite.path()).toUriString(),
                    invite.expiresAt().toString());
        }
    }

    record CreateMemberRequest(@Schema(description = "1 to 100 letters, digits and . _ @ -; unique, ignoring case") String username,
                               String name,
                               @Schema(description = "optional") String email,
                               Role role,
                               @Schema(description = "optional, " + PASSWORD_RULE + "; left out: the answer carries an invite link")
                               String password) {
    }

    record PasswordRequest(@Schema(description = PASSWORD_RULE) String password) {
    }

    record RoleRequest(Role role) {
    }

    record DeactivateRequest(@Schema(description = "id of the active member who gets the open deals, or null for nobody")
                             Long reassignTo) {
    }

    @GetMapping
    @Operation(summary = "Everyone on the team, active or not, by name")
    List<MemberJson> all() {
        return team.everyone().stream().map(MemberJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One team member")
    MemberJson byId(@PathVariable long id) {
        return MemberJson.of(team.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a team member (REP or ADMIN), with a password or an invite link",
            description = "Without a password the answer's invite.url is a one-time link (valid leadwire.login.invite-ttl, 7 days by "
                    + "default) where the member sets their own. 409 when the username is taken (ignoring case); 400 for a role other "
                    + "than REP or ADMIN; 422 naming the field for a bad username, name, e-mail or a password shorter than "
                    + PasswordRule.MIN_LENGTH + " characters.")
    MemberJson create(@RequestBody CreateMemberRequest request, Principal caller) {
        CreatedMember created = team.create(new TeamMemberDraft(request.username(), request.name(), request.email(), request.role(),
                request.password()), caller.getName());
        return MemberJson.of(created.member()).with(created.invite().map(InviteJson::of).orElse(null));
    }

    @PostMapping("/{id}/invite")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new one-time link for the member to set their password (an invite again, or a password reset)",
            description = "An earlier unused link of the member stops working; the current password keeps working until the member "
                    + "sets a new one. 409 for a deactivated member.")
    InviteJson invite(@PathVariable long id, Principal caller) {
        return InviteJson.of(passwords.invite(id, caller.getName()));
    }

    @PutMapping("/{id}/password")
    @Operation(summary = "Set the member's password", description = "422 (field password) unless it has " + PASSWORD_RULE + ".")
    MemberJson setPassword(@PathVariable long id, @RequestBody PasswordRequest request, Principal caller) {
        return MemberJson.of(passwords.setPassword(id, request.password(), caller.getName()));
    }

    @PutMapping("/{id}/role")
    @Operation(summary = "Make the member a REP or an ADMIN", description = "409 for the last active admin.")
    MemberJson changeRole(@PathVariable long id, @RequestBody RoleRequest request, Principal caller) {
        return MemberJson.of(team.changeRole(id, request.role(), caller.getName()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a member: no login, no deals by round-robin; their open deals go where reassignTo says",
            description = "With open deals the body is needed: {\"reassignTo\": <id of an active member>} or {\"reassignTo\": null} "
                    + "for nobody; each deal's history records the reassignment. 409 without it (the detail says how many open "
                    + "deals), and for the last active admin; 422 (field reassignTo) for a member who is not active.")
    MemberJson deactivate(@PathVariable long id, @RequestBody(required = false) DeactivateRequest request, Principal caller) {
        DealHandover handover = request == null ? null : new DealHandover(request.reassignTo());
        return MemberJson.of(team.deactivate(id, handover, caller.getName()));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Let a deactivated member log in and receive deals again")
    MemberJson reactivate(@PathVariable long id, Principal caller) {
        return MemberJson.of(team.reactivate(id, caller.getName()));
    }
}
