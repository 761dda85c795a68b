package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** Listing, searching and reading contacts through the API. Run on H2 and on MariaDB. */
abstract class ContactsApiContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private long newContact(String email, String name, String phone, String country) throws Exception {
        String body = """
                {"contact": {"email": "%s", "name": "%s", "phone": %s, "country": %s}}"""
                .formatted(email, name, phone == null ? "null" : "\"" + phone + "\"", country == null ? "null" : "\"" + country + "\"");
        return ok(api().postJson("/api/v1/deals", body)).get("contactId").asLong();
    }

    private JsonNode search(String query) throws Exception {
        return ok(api().get("/api/v1/contacts?" + query));
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aSearchFindsContactsByNameTheStartOfAnyEmailOrPhoneAndAnswersAPage() throws Exception {
        String tag = Unique.suffix();
        String digits = "%08d".formatted(Math.floorMod(tag.hashCode(), 100_000_000));
        long first = newContact(Unique.email("list"), "Lista " + tag + " Primeira", "+55 11 9" + digits, "BR");
        long second = newContact(tag + "." + Unique.email("second"), "Segunda Pessoa", null, "PT");

        JsonNode byName = search(q("lista " + tag) + "&page=0&size=10");
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        assertThat(byName.get("page").asInt()).isZero();
        assertThat(byName.get("size").asInt()).isEqualTo(10);
        assertThat(byName.get("items").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(byName.get("items").get(0).get("emails")).hasSize(1);

        assertThat(search(q(tag + ".SECOND")).get("items").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(search(q("9" + digits.substring(0, 4) + "-" + digits.substring(4))).get("items")).extracting(item -> item.get("id").asLong()).contains(first);
        assertThat(search(q(tag)).get("total").asLong()).isEqualTo(2);
        assertThat(search(q(tag) + "&country=pt").get("items")).extracting(item -> item.get("id").asLong()).containsExactly(second);
        assertThat(search(q(tag) + "&consent=true").get("total").asLong()).isZero();
        assertThat(search(q(tag) + "&unsubscribed=false").get("total").asLong()).isEqualTo(2);

        JsonNode secondPage = search(q(tag) + "&page=1&size=1");
        assertThat(secondPage.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(first);
        assertThat(secondPage.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aSearchForLikeWildcardsTakesThemLiterally() throws Exception {
        newContact(Unique.email("wild"), "Wild " + Unique.suffix(), null, null);
        assertThat(search(q("%")).get("total").asLong()).isZero();
    }

    @Test
    void theEmailLookUpKeepsItsAnswer() throws Exception {
        String email = Unique.email("lookup");
        long id = newContact(email, "Por E-mail", null, null);
        JsonNode found = search("email=" + email.toUpperCase());
        assertThat(found.get("contact").get("id").asLong()).isEqualTo(id);
        assertThat(found.get("deals")).hasSize(1);
        assertThat(api().get("/api/v1/contacts?email=" + Unique.email("nobody")).statusCode()).isEqualTo(404);
    }
}
