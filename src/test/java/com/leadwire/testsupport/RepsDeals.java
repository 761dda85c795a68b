package com.leadwire.testsupport;

import com.leadwire.pipeline.DealEdits;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * For the tests of who may see and work which deal: two new reps (no e-mail address), a deal of
 * each and one of nobody, in a pipeline of their own ({@link TestDeals}: "Espera", "Seguinte",
 * "Ganho", "Perdido").
 */
public record RepsDeals(TeamMember rep, TeamMember otherRep, long own, long others, long unassigned) {

    /** {@code repPassword}: the first rep's panel password, or null when the test does not log them in. */
    public static RepsDeals create(String baseUrl, Team team, DealEdits edits, String repPassword) {
        TeamMember rep = newRep(team, repPassword);
        TeamMember otherRep = newRep(team, null);
        TestDeals deals = new TestDeals(baseUrl);
        long own = deals.newDeal(Unique.email("own"), "Own " + Unique.suffix());
        long others = deals.newDeal(Unique.email("others"), "Others " + Unique.suffix());
        long unassigned = deals.newDeal(Unique.email("free"), "Free " + Unique.suffix());
        edits.assign(own, rep.id(), "test");
        edits.assign(others, otherRep.id(), "test");
        return new RepsDeals(rep, otherRep, own, others, unassigned);
    }

    private static TeamMember newRep(Team team, String password) {
        String username = Unique.key("rep");
        return team.add(username, "Rep " + username, null, Role.REP, password);
    }
}
