package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.team.ActingUser;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** What a request's key authenticates as: its name, its scope, and the team member an owned key acts for. */
@OnH2
class ApiKeyAuthenticationIntegrationTests extends IntegrationTestSupport {

    @Autowired
    ApiKeys keys;
    @Autowired
    Team team;

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    /** As a request would be: with a fresh security context, as Spring Security's own filters give it. */
    private Authentication authenticatedWith(String key) throws Exception {
        SecurityContextHolder.clearContext();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/deals");
        request.addHeader(ApiKeys.HEADER, key);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new ApiSecurity.ApiKeyFilter(keys).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }

    @Test
    void aKeyOwnedByATeamMemberCarriesThatMemberAsTheActingUser() throws Exception {
        TeamMember rep = team.add(Unique.key("owner"), "Owner " + Unique.suffix(), null, Role.REP, null);
        ApiKeys.CreatedKey key = keys.create("Owned " + Unique.suffix(), ApiKeyScope.WRITE, rep.id(), "test");
        try {
            Authentication authentication = authenticatedWith(key.key());

            assertThat(authentication.getName()).isEqualTo("api:" + key.view().name());
            assertThat(authentication.getDetails()).isEqualTo(new ActingUser(rep.username()));
            assertThat(authentication.getAuthorities()).extracting(Object::toString).contains("ROLE_API", "SCOPE_WRITE");
        } finally {
            keys.revoke(key.view().id(), "test");
            jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", rep.id());
        }
    }

    @Test
    void aKeyWithoutOwnerCarriesItsScopeOnly() throws Exception {
        ApiKeys.CreatedKey key = keys.create("Unowned " + Unique.suffix(), ApiKeyScope.READ, null, "test");
        try {
            Authentication authentication = authenticatedWith(key.key());

            assertThat(authentication.getDetails() instanceof ActingUser).isFalse();
            assertThat(authentication.getAuthorities()).extracting(Object::toString).contains("SCOPE_READ");
        } finally {
            keys.revoke(key.view().id(), "test");
        }
    }

    @Test
    void aKeyWhoseOwnerWasDeactivatedIsRefusedWithinFiveSeconds() throws Exception {
        TeamMember rep = team.add(Unique.key("gone"), "Gone " + Unique.suffix(), null, Role.REP, null);
        ApiKeys.CreatedKey key = keys.create("Gone " + Unique.suffix(), ApiKeyScope.READ, rep.id(), "test");
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", rep.id());
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> authenticatedWith(key.key()) == null);
        } finally {
            keys.revoke(key.view().id(), "test");
        }
    }
}
