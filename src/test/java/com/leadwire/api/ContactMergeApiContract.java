package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** A contact's second e-mail, duplicate candidates, a merge and its undo, through the API. Run on H2 and on MariaDB. */
abstract class ContactMergeApiContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private void refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).isTrue();
    }

    /** A new deal, and with it a new contact when nobody owns the e-mail; the intake's answer. */
    private JsonNode intake(String email, String contactJson) throws Exception {
        return ok(api().postJson("/api/v1/deals", """
                {"contact": {"email": "%s"%s}}""".formatted(email, contactJson == null ? "" : ", " + contactJson)));
    }

    private JsonNode contact(long id) throws Exception {
        return ok(api().get("/api/v1/contacts/" + id));
    }

    private static long id(JsonNode node, String field) {
        return node.get(field).asLong();
    }

    @Test
    void aSecondEmailFindsTheContactAndAnotherContactsEmailIsRefused() throws Exception {
        long contactId = id(intake(Unique.email("first"), "\"name\": \"Duas Caixas\""), "contactId");
        String second = Unique.email("second");
        JsonNode added = ok(api().postJson("/api/v1/contacts/" + contactId + "/emails", "{\"email\": \" " + second.toUpperCase() + "\"}"));
        assertThat(added.get("emails")).extracting(JsonNode::asText).endsWith(second);

        assertThat(id(intake(second, null), "contactId")).isEqualTo(contactId);
        assertThat(contact(contactId).get("deals")).hasSize(2);

        String othersEmail = Unique.email("other");
        intake(othersEmail, null);
        refused(api().postJson("/api/v1/contacts/" + contactId + "/emails", "{\"email\": \"" + othersEmail + "\"}"), 409);
        refused(api().postJson("/api/v1/contacts/" + contactId + "/emails", "{\"email\": \"not-an-address\"}"), 422);
        refused(api().postJson("/api/v1/contacts/" + contactId + "/emails", "{\"email\": \"" + Unique.email("x") + "\", \"primary\": true}"),
                422);
    }

    @Test
    void duplicatesAreFoundBySamePhoneSameNameAndCompanyAndSameMailbox() throws Exception {
        String tag = Unique.suffix();
        String digits = "%08d".formatted(Math.floorMod(tag.hashCode(), 100_000_000));
        long contact = id(intake("ana." + tag + "@gmail.com",
                "\"name\": \"Ana " + tag + "\", \"phone\": \"(11) 9" + digits + "\", \"country\": \"BR\", \"fields\": {\"company\": \"Loja " + tag + "\"}"),
                "contactId");
        long samePhone = id(intake(Unique.email("phone"), "\"phone\": \"+55 11 9" + digits + "\""), "contactId");
        long sameNameAndCompany = id(intake(Unique.email("name"), "\"name\": \"ANA " + tag + "\", \"fields\": {\"company\": \"loja " + tag + "\"}"),
                "contactId");
        long sameNameOnly = id(intake(Unique.email("nameonly"), "\"name\": \"Ana " + tag + "\""), "contactId");
        long gmailDotsAndTag = id(intake("ana" + tag + "+promo@googlemail.com", null), "contactId");

        JsonNode candidates = ok(api().get("/api/v1/contacts/" + contact + "/duplicates"));
        assertThat(candidates).extracting(candidate -> candidate.get("contact").get("id").asLong() + ":" + candidate.get("reasons").get(0).asText())
                .containsExactlyInAnyOrder(samePhone + ":SAME_PHONE", sameNameAndCompany + ":SAME_NAME_AND_COMPANY",
                        gmailDotsAndTag + ":SAME_MAILBOX")
                .doesNotContain(sameNameOnly + ":SAME_NAME_AND_COMPANY");
    }

    @Test
    void aMergeMovesEverythingToTheSurvivorAndItsUndoRestoresBothKeepingWhatCameAfter() throws Exception {
        String intoEmail = Unique.email("into");
        String fromEmail = Unique.email("from");
        JsonNode intoIntake = intake(intoEmail, "\"name\": \"Carla\", \"country\": \"BR\"");
        JsonNode fromIntake = intake(fromEmail, "\"name\": \"Carla Dias\", \"phone\": \"+5511987650000\"");
        long into = id(intoIntake, "contactId");
        long from = id(fromIntake, "contactId");

        JsonNode preview = ok(api().get("/api/v1/contacts/merge-preview?into=" + into + "&from=" + from));
        assertThat(preview.get("fields")).extracting(field -> field.get("field").asText() + "=" + field.get("kept").asText())
                .containsExactly("name=into", "phone=from");

        JsonNode merge = ok(api().postJson("/api/v1/contacts/merge",
                "{\"into\": " + into + ", \"from\": " + from + ", \"keep\": {\"name\": \"from\"}}"));
        long mergeId = id(merge, "id");
        assertThat(merge.get("movedEmails")).extracting(JsonNode::asText).containsExactly(fromEmail);
        assertThat(merge.get("movedRows").get("DEAL")).extracting(JsonNode::asLong).containsExactly(id(fromIntake, "dealId"));

        JsonNode survivor = contact(into);
        assertThat(survivor.get("contact").get("name").asText()).isEqualTo("Carla Dias");
        assertThat(survivor.get("contact").get("phone").asText()).isEqualTo("+5511987650000");
        assertThat(survivor.get("contact").get("emails")).extracting(JsonNode::asText).containsExactly(intoEmail, fromEmail);
        assertThat(survivor.get("deals")).hasSize(2);
        assertThat(contact(from).get("contact").get("mergedInto").asLong()).isEqualTo(into);

        JsonNode later = intake(fromEmail, "\"language\": \"pt-BR\"");
        assertThat(id(later, "contactId")).as("intake with the retired contact's e-mail finds the survivor").isEqualTo(into);
        String laterEmail = Unique.email("later");
        ok(api().postJson("/api/v1/contacts/" + into + "/emails", "{\"email\": \"" + laterEmail + "\"}"));

        JsonNode undone = ok(api().postJson("/api/v1/contacts/merges/" + mergeId + "/undo", ""));
        assertThat(undone.get("stayedRows").get("DEAL")).extracting(JsonNode::asLong).containsExactly(id(later, "dealId"));
        assertThat(undone.get("stayedEmails")).extracting(JsonNode::asText).containsExactly(laterEmail);
        assertThat(undone.get("keptFields")).extracting(JsonNode::asText).containsExactly("language");
        assertThat(undone.get("merge").get("undoneAt").isNull()).isFalse();

        JsonNode restoredInto = contact(into);
        assertThat(restoredInto.get("contact").get("name").asText()).isEqualTo("Carla");
        assertThat(restoredInto.get("contact").get("phone").isNull()).isTrue();
        assertThat(restoredInto.get("contact").get("language").asText()).isEqualTo("pt-BR");
        assertThat(restoredInto.get("contact").get("emails")).extracting(JsonNode::asText).containsExactly(intoEmail, laterEmail);
        assertThat(restoredInto.get("deals")).extracting(deal -> deal.get("id").asLong())
                .containsExactlyInAnyOrder(id(intoIntake, "dealId"), id(later, "dealId"));
        JsonNode restoredFrom = contact(from);
        assertThat(restoredFrom.get("contact").get("mergedInto").isNull()).isTrue();
        assertThat(restoredFrom.get("contact").get("primaryEmail").asText()).isEqualTo(fromEmail);
        assertThat(restoredFrom.get("deals")).extracting(deal -> deal.get("id").asLong()).containsExactly(id(fromIntake, "dealId"));
        assertThat(id(intake(fromEmail, null), "contactId")).isEqualTo(from);

        refused(api().postJson("/api/v1/contacts/merges/" + mergeId + "/undo", ""), 409);
    }

    @Test
    void aMergeIsRefusedForTheSameContactAMergedContactAnUnknownFieldOrSide() throws Exception {
        long into = id(intake(Unique.email("a"), null), "contactId");
        long from = id(intake(Unique.email("b"), null), "contactId");
        refused(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": " + into + "}"), 422);
        refused(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": " + from + ", \"keep\": {\"shoe\": \"from\"}}"), 422);
        refused(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": " + from + ", \"keep\": {\"name\": \"both\"}}"), 422);
        refused(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": 999999999}"), 404);
        ok(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": " + from + "}"));
        refused(api().postJson("/api/v1/contacts/merge", "{\"into\": " + into + ", \"from\": " + from + "}"), 409);
        refused(api().postJson("/api/v1/contacts/merges/999999999/undo", ""), 404);
    }
}
