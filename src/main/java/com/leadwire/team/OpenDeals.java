package com.leadwire.team;

/**
 * The open deals a team member is responsible for, as the pipeline module keeps them: the team
 * asks before a member leaves, and hands them over, each through the deal's own assignment
 * (recorded in its history).
 */
public interface OpenDeals {

    long countOf(long userId);

    /** Gives every open deal of {@code fromUserId} to {@code toUserId}, or to nobody when null; the number handed over. */
    int handOver(long fromUserId, Long toUserId, String actor);
}
