package com.leadwire.team;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves the {@link Actor} of the current thread. A panel login acts as its team member (an
 * admin unrestricted, a rep restricted); an API key is unrestricted unless it carries an
 * {@link ActingUser}, then it acts as that member; no authentication is the system. Work that is
 * not done by a login (a Telegram button press, what reacts to a person's change) says whom it
 * runs as with {@link #as} and {@link #asSystem}.
 */
@Component
public class CurrentActor {

    private static final String API_ROLE = "ROLE_API";
    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();
    private static final String REQUEST_ATTRIBUTE = CurrentActor.class.getName();

    private final AppUsers users;

    CurrentActor(AppUsers users) {
        this.users = users;
    }

    public Actor get() {
        Actor override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.SYSTEM;
        }
        if (authentication.getDetails() instanceof ActingUser acting) {
            return member(acting.username());
        }
        if (authentication.getAuthorities().stream().anyMatch(authority -> API_ROLE.equals(authority.getAuthority()))) {
            return new Actor(authentication.getName(), null, false);
        }
        return member(authentication.getName());
    }

    /** Runs {@code work} as that team member, e.g. a Telegram button press by a linked rep. */
    public void as(TeamMember member, Runnable work) {
        running(actorOf(member.username(), member.id(), member.role(), member.active()), work);
    }

    /** Runs {@code work} as the system: what reacts to a person's change (rules, webhooks, timers) acts on its own behalf. */
    public void asSystem(Runnable work) {
        running(Actor.SYSTEM, work);
    }

    private static void running(Actor actor, Runnable work) {
        Actor before = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            work.run();
        } finally {
            if (before == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(before);
            }
        }
    }

    /**
     * A login or owned key whose member is gone or inactive sees only what nobody owns yet. Looked
     * up once per HTTP request (a query, about 0.5 ms), though a page or call asks several times.
     */
    private Actor member(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor known
                && known.name().equalsIgnoreCase(username)) {
            return known;
        }
        Actor actor = users.findByUsernameIgnoreCase(username)
                .map(user -> actorOf(user.getUsername(), user.getId(), user.getRole(), user.isActive()))
                .orElseGet(() -> new Actor(username, null, true));
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    private static Actor actorOf(String username, long id, Role role, boolean active) {
        if (!active) {
            return new Actor(username, null, true);
        }
        return new Actor(username, id, role != Role.ADMIN);
    }
}
