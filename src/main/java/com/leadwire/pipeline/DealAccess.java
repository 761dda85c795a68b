package com.leadwire.pipeline;

import org.springframework.stereotype.Component;

import com.leadwire.shared.ForbiddenException;
import com.leadwire.team.Actor;
import com.leadwire.team.CurrentActor;

/**
 * Which deals the current actor may see and work: a rep their own and unassigned ones, everyone
 * else all of them. Every read and change of a deal by a person goes through here.
 */
@Component
class DealAccess {

    private final CurrentActor actors;

    DealAccess(CurrentActor actors) {
        this.actors = actors;
    }

    Actor actor() {
        return actors.get();
    }

    /** Throws {@link ForbiddenException} when the deal belongs to another rep. */
    void requireWorkable(Deal deal) {
        if (!actor().mayWork(deal.getResponsibleUserId())) {
            throw new ForbiddenException("deal " + deal.getId() + " belongs to another rep");
        }
    }
}
