package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** GET/PUT /api/v1/settings/sending: the JSON shape, reading with a read key, changing only with an admin key, audited. */
@OnH2
class SendingSettingsApiIntegrationTests extends IntegrationTestSupport {

    private static final String PATH = "/api/v1/settings/sending";

    @Autowired
    SendingSettings settings;

    @Autowired
    ApiKeys keys;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdKeys = new ArrayList<>();
    private SendingSettingsDraft before;

    @BeforeEach
    void keepSettings() {
        before = settings.current().draft();
    }

    @AfterEach
    void restore() {
        createdKeys.forEach(id -> keys.revoke(id, "test"));
        settings.update(before, "test");
    }

    private Http withKey(ApiKeyScope scope) {
        ApiKeys.CreatedKey key = keys.create("Sending " + scope + " " + Unique.suffix(), scope, null, "test");
        createdKeys.add(key.view().id());
        return new Http(baseUrl()).header(ApiKeys.HEADER, key.key());
    }

    @Test
    void aReadKeyReadsTheSettingsAsAdminsSetThem() throws Exception {
        HttpResponse<String> read = withKey(ApiKeyScope.READ).get(PATH);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode body = json.readTree(read.body());
        assertThat(body.get("timeZone").asText()).isEqualTo(before.timeZone());
        assertThat(body.get("sendingHours").get("enabled").isBoolean()).isTrue();
        assertThat(body.get("sendingHours").get("days").isArray()).isTrue();
        assertThat(body.get("sendingHours").get("from").asText()).matches("\\d\\d:\\d\\d");
        assertThat(body.get("dailyCap").get("perContact").isInt()).isTrue();
    }

    @Test
    void anAdminKeyChangesThemAndTheChangeIsAudited() throws Exception {
        HttpResponse<String> changed = ApiClient.authenticated(baseUrl()).put(PATH, """
                {"timeZone": " America/Manaus ", "sendingHours": {"enabled": true, "days": ["friday", "MONDAY"], "from": "08:00",
                 "to": "12:30"}, "dailyCap": {"enabled": true, "perContact": 5}}""");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body())).isEqualTo(json.readTree("""
                {"timeZone": "America/Manaus", "sendingHours": {"enabled": true, "days": ["MONDAY", "FRIDAY"], "from": "08:00",
                 "to": "12:30"}, "dailyCap": {"enabled": true, "perContact": 5}}"""));
        assertThat(settings.current().capOn()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'sending-settings.updated' AND actor LIKE 'api:%' "
                + "AND detail LIKE '%now zone America/Manaus, hours on MONDAY,FRIDAY 08:00-12:30, cap on 5 a day%'", Long.class)).isPositive();
    }

    @Test
    void aWriteKeyMayNotChangeThem() {
        HttpResponse<String> refused = withKey(ApiKeyScope.WRITE).put(PATH, """
                {"timeZone": "UTC", "sendingHours": {"enabled": true, "days": ["MONDAY"], "from": "08:00", "to": "09:00"},
                 "dailyCap": {"enabled": true, "perContact": 1}}""");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(settings.current().draft()).isEqualTo(before);
    }

    @Test
    void anUnknownZoneIsAProblemNamingTheField() {
        HttpResponse<String> refused = ApiClient.authenticated(baseUrl()).put(PATH, """
                {"timeZone": "America/Atlantis", "sendingHours": {"enabled": false, "days": ["MONDAY"], "from": "09:00", "to": "18:00"},
                 "dailyCap": {"enabled": false, "perContact": 3}}""");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(refused.body()).contains("timeZone").contains("America/Atlantis");
        assertThat(settings.current().draft()).isEqualTo(before);
    }
}
