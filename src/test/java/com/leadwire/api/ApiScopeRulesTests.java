package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import com.leadwire.apikeys.ApiKeyScope;

class ApiScopeRulesTests {

    private static ApiKeyScope required(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return ApiScopeRules.required(request);
    }

    @Test
    void readingNeedsReadAndChangingNeedsWrite() {
        assertThat(required("GET", "/api/v1/deals/12")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("HEAD", "/api/v1/contacts")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("POST", "/api/v1/deals")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("PATCH", "/api/v1/deals/12")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("DELETE", "/api/v1/pipelines/3")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("PUT", "/api/v1/sources/3")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("GET", "/actuator/prometheus")).isEqualTo(ApiKeyScope.READ);
    }

    @Test
    void theTeamKeysAuditRulesSwitchWebhooksAndSourceSecretsNeedAdminWhateverTheMethod() {
        for (String path : new String[] {"/api/v1/team", "/api/v1/team/4/telegram-link-code", "/api/v1/api-keys", "/api/v1/api-keys/9/revoke",
            "/api/v1/audit", "/api/v1/audit/", "/api/v1/rules", "/api/v1/rules/dry-run", "/api/v1/automation", "/api/v1/webhooks/2",
            "/api/v1/sources/7/secret"}) {
            assertThat(required("GET", path)).as(path).isEqualTo(ApiKeyScope.ADMIN);
            assertThat(required("POST", path)).as(path).isEqualTo(ApiKeyScope.ADMIN);
        }
        assertThat(required("GET", "/api/v1/sources/7")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("POST", "/api/v1/sources/7/test")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("GET", "/api/v1/teams")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("GET", "/api/v1/auditors")).isEqualTo(ApiKeyScope.READ);
    }

    @Test
    void readingASettingNeedsReadAndChangingItAdmin() {
        assertThat(required("GET", "/api/v1/settings/sending")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("PUT", "/api/v1/settings/sending")).isEqualTo(ApiKeyScope.ADMIN);
        assertThat(required("POST", "/api/v1/settings")).isEqualTo(ApiKeyScope.ADMIN);
        assertThat(required("PUT", "/api/v1/settingsx")).isEqualTo(ApiKeyScope.WRITE);
    }

    @Test
    void aContactsExportAndErasureNeedAdminWhileTheRestOfTheContactDoesNot() {
        assertThat(required("GET", "/api/v1/contacts/12/export")).isEqualTo(ApiKeyScope.ADMIN);
        assertThat(required("DELETE", "/api/v1/contacts/12")).isEqualTo(ApiKeyScope.ADMIN);
        assertThat(required("GET", "/api/v1/contacts/12")).isEqualTo(ApiKeyScope.READ);
        assertThat(required("POST", "/api/v1/contacts/12/unsubscribe")).isEqualTo(ApiKeyScope.WRITE);
        assertThat(required("DELETE", "/api/v1/contacts/12/emails/3")).isEqualTo(ApiKeyScope.WRITE);
    }
}
