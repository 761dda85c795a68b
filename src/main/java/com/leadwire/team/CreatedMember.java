package com.leadwire.team;

import java.util.Optional;

/** A team member just added, with the invite link to hand them when no password was given. */
public record CreatedMember(TeamMember member, Optional<Invite> invite) {
}
