package com.leadwire.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * Lead groups end to end, with real SMTP and the test clock: the API (default and custom groups,
 * every wizard field), a new deal entering an ALL group with its filters, priority, start date and
 * status, the A/B split, the instant lead notification, and the group's BCC and discount rule.
 * Every group a test makes takes only deals of a product of its own, and is deleted afterwards.
 * Run on H2 and on MariaDB.
 */
abstract class LeadGroupsContract extends LeadGroupTestSupport {

    // --- the API --------------------------------------------------------------------------------

    @Test
    void theDefaultGroupsAreListedCanBeChangedButNotDeletedNorGivenAnotherSource() throws Exception {
        JsonNode listed = ok(api().get("/api/v1/lead-groups"), 200);
        List<JsonNode> defaults = new ArrayList<>();
        listed.forEach(group -> {
            if ("DEFAULT".equals(group.get("kind").asText())) {
                defaults.add(group);
            }
        });
        assertThat(defaults).extracting(group -> group.get("source").asText()).containsExactlyInAnyOrder("UNFINISHED", "ABANDONED");
        JsonNode abandoned = defaults.stream().filter(group -> group.get("source").asText().equals("ABANDONED")).findFirst().orElseThrow();
        assertThat(abandoned.get("abandonAfter").asText()).isEqualTo("PT1H");
        assertThat(abandoned.has("leadCount")).isTrue();
        long id = abandoned.get("id").asLong();

        HttpResponse<String> deleted = api().delete("/api/v1/lead-groups/" + id);
        assertThat(deleted.statusCode()).isEqualTo(409);
        assertThat(ApiClient.isProblem(deleted)).isTrue();

        changeDefault(LeadSource.ABANDONED, draft -> draft);
        String changed = """
                {"name": "%s", "description": "Carrinhos abandonados", "status": "INACTIVE", "source": "ABANDONED",
                 "abandonAfter": "PT2H", "priority": 7}""".formatted(abandoned.get("name").asText());
        JsonNode updated = ok(api().put("/api/v1/lead-groups/" + id, changed), 200);
        assertThat(updated.get("description").asText()).isEqualTo("Carrinhos abandonados");
        assertThat(updated.get("abandonAfter").asText()).isEqualTo("PT2H");
        assertThat(updated.get("kind").asText()).isEqualTo("DEFAULT");

        HttpResponse<String> otherSource = api().put("/api/v1/lead-groups/" + id, changed.replace("\"ABANDONED\"", "\"ALL\""));
        assertThat(otherSource.statusCode()).isEqualTo(422);
        assertThat(otherSource.body()).contains("source");
    }

    @Test
    void aCustomGroupWithEveryWizardFieldIsCreatedReadChangedAndDeletedThroughTheApi() throws Exception {
        String template = template();
        long first = sequence(template, "PT1H", 2, "10");
        long second = sequence(template, "PT2H", 1, null);
        long webhook = webhook("https://example.com/leads", false);
        String name = Unique.key("Black Friday");
        String body = """
                {"name": "%s", "description": "Quem olhou o plano Pro", "status": "INACTIVE", "startsAt": "2030-01-01T09:00:00Z",
                 "source": "UNFINISHED", "sequenceIds": [%d, %d], "webhookId": %d, "bcc": "vendas@loja.example", "priority": 5,
                 "products": ["autocloud Pro", "Treinamento"], "language": "pt-BR", "country": "br", "overrideDiscounts": true,
                 "test": {"endsAt": "2030-02-01T00:00:00Z", "targetConversion": 0.05, "targetRevenue": 10000, "targetLeads": 500,
                          "keepBest": true}}""".formatted(name, first, second, webhook);

        JsonNode created = ok(api().postJson("/api/v1/lead-groups", body), 201);
        long id = created.get("id").asLong();
        createdGroups.add(id);
        assertThat(created.get("kind").asText()).isEqualTo("CUSTOM");
        assertThat(created.get("status").asText()).isEqualTo("INACTIVE");
        assertThat(Instant.parse(created.get("startsAt").asText())).isEqualTo(Instant.parse("2030-01-01T09:00:00Z"));
        assertThat(created.get("source").asText()).isEqualTo("UNFINISHED");
        assertThat(created.get("sequenceIds")).extracting(JsonNode::asLong).containsExactly(first, second);
        assertThat(created.get("webhookId").asLong()).isEqualTo(webhook);
        assertThat(created.get("bcc").asText()).isEqualTo("vendas@loja.example");
        assertThat(created.get("priority").asInt()).isEqualTo(5);
        assertThat(created.get("products")).extracting(JsonNode::asText).containsExactly("autocloud Pro", "Treinamento");
        assertThat(created.get("language").asText()).isEqualTo("pt-BR");
        assertThat(created.get("country").asText()).isEqualTo("BR");
        assertThat(created.get("overrideDiscounts").asBoolean()).isTrue();
        assertThat(created.get("test").get("targetConversion").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(created.get("test").get("targetLeads").asInt()).isEqualTo(500);
        assertThat(created.get("test").get("keepBest").asBoolean()).isTrue();
        assertThat(created.get("leadCount").asLong()).isZero();
        assertThat(created.get("variants").get(0).get("sendTimes")).extracting(JsonNode::asText).containsExactly("PT1H", "PT1H");
        assertThat(created.get("variants").get(0).get("discounts").get(0).decimalValue()).isEqualByComparingTo("10");
        assertThat(ok(api().get("/api/v1/lead-groups/" + id), 200).get("name").asText()).isEqualTo(name);

        JsonNode changed = ok(api().put("/api/v1/lead-groups/" + id, """
                {"name": "%s", "status": "ACTIVE", "source": "ALL", "sequenceIds": [%d], "priority": 2}""".formatted(name, second)), 200);
        assertThat(changed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(changed.get("sequenceIds")).extracting(JsonNode::asLong).containsExactly(second);
        assertThat(changed.get("products")).isEmpty();
        assertThat(changed.get("webhookId").isNull()).isTrue();

        assertThat(api().delete("/api/v1/lead-groups/" + id).statusCode()).isEqualTo(204);
        assertThat(api().get("/api/v1/lead-groups/" + id).statusCode()).isEqualTo(404);
    }

    // --- entering -------------------------------------------------------------------------------

    @Test
    void aNewDealEntersTheGroupWhoseFiltersItMatchesAndTheGroupsSequenceStarts() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        long sequence = sequence(template(), "PT1H", 1, null);
        LeadGroupDraft draft = group(product, List.of(sequence), 1);
        LeadGroupView group = create(new LeadGroupDraft(draft.name(), null, LeadGroupStatus.ACTIVE, null, LeadSource.ALL, List.of(sequence),
                null, null, 1, List.of(product), "pt", "BR", true, null, null));

        long matching = newDeal(source, Unique.email("entra"), product, "pt-BR", "BR", null);
        long otherProduct = newDeal(source, Unique.email("outro-produto"), Unique.key("Outro"), "pt-BR", "BR", null);
        long otherLanguage = newDeal(source, Unique.email("ingles"), product, "en", "BR", null);
        long otherCountry = newDeal(source, Unique.email("portugal"), product, "pt-PT", "PT", null);
        long noLanguage = newDeal(source, Unique.email("sem-idioma"), product, null, "BR", null);

        assertThat(groupOf(matching)).isEqualTo(group.id());
        FollowUpView followUp = onlyFollowUp(matching);
        assertThat(followUp.sequenceId()).isEqualTo(sequence);
        assertThat(followUp.startedBy()).isEqualTo("lead group '" + group.name() + "'");
        assertThat(jdbc.queryForObject("SELECT lead_group_id FROM follow_up WHERE id = ?", Long.class, followUp.id())).isEqualTo(group.id());
        Map<String, Object> member = jdbc.queryForMap("SELECT * FROM lead_member WHERE deal_id = ?", matching);
        assertThat(member.get("name")).isEqualTo("Lia Grupo");
        assertThat(member.get("product")).isEqualTo(product);
        assertThat(member.get("country")).isEqualTo("BR");
        assertThat(((Number) member.get("follow_up_id")).longValue()).isEqualTo(followUp.id());
        for (long other : new long[] {otherProduct, otherLanguage, otherCountry, noLanguage}) {
            assertThat(groupOf(other)).as("deal %d", other).isNull();
            assertThat(followUps.ofDeal(other)).isEmpty();
        }
        assertThat(groups.find(group.id()).orElseThrow().leadCount()).isEqualTo(1);
    }

    @Test
    void aContactMatchingTwoGroupsFollowsTheOneOfHigherPriorityAndEntersAGroupOnce() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        String template = template();
        LeadGroupView low = create(group(product, List.of(sequence(template, "PT1H", 1, null)), 1));
        LeadGroupView high = create(group(product, List.of(sequence(template, "PT1H", 1, null)), 9));
        String email = Unique.email("prioridade");

        long first = newDeal(source, email, product, null, null, null);
        long second = newDeal(source, email, product, null, null, null);

        assertThat(groupOf(first)).isEqualTo(high.id());
        assertThat(groupOf(second)).as("the contact follows the higher group: the lower one does not take it").isNull();
        assertThat(followUps.ofDeal(second)).isEmpty();
        assertThat(groups.find(low.id()).orElseThrow().leadCount()).isZero();
        assertThat(ok(api().get("/api/v1/lead-groups"), 200).findValues("id").stream().map(JsonNode::asLong)
                .filter(id -> id == low.id() || id == high.id()).toList()).as("listed highest priority first")
                .containsExactly(high.id(), low.id());
    }

    @Test
    void aHigherGroupTakesAContactOverFromALowerOneAndStopsItsFollowUp() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        String template = template();
        LeadGroupView low = create(group(product, List.of(sequence(template, "PT1H", 1, null)), 1));
        String email = Unique.email("troca");
        long first = newDeal(source, email, product, null, null, null);
        assertThat(groupOf(first)).isEqualTo(low.id());

        LeadGroupView high = create(group(product, List.of(sequence(template, "PT1H", 1, null)), 5));
        long second = newDeal(source, email, product, null, null, null);

        assertThat(groupOf(second)).isEqualTo(high.id());
        FollowUpView stopped = onlyFollowUp(first);
        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.stopReason()).isEqualTo(StopReason.LEAD_GROUP);
        assertThat(onlyFollowUp(second).status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void anInactiveGroupTakesNobodyAndAGroupThatStartsLaterWaitsForItsDate() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        long sequence = sequence(template(), "PT1H", 1, null);
        LeadGroupDraft inactive = group(product, List.of(sequence), 3);
        create(new LeadGroupDraft(inactive.name(), null, LeadGroupStatus.INACTIVE, null, LeadSource.ALL, List.of(sequence), null, null, 3,
                List.of(product), null, null, true, null, null));
        LeadGroupDraft later = group(product, List.of(sequence), 1);
        LeadGroupView waiting = create(new LeadGroupDraft(later.name(), null, LeadGroupStatus.ACTIVE, clock.instant().plus(Duration.ofHours(1)),
                LeadSource.ALL, List.of(sequence), null, null, 1, List.of(product), null, null, true, null, null));

        long early = newDeal(source, Unique.email("cedo"), product, null, null, null);
        clock.advance(Duration.ofMinutes(61));
        long onTime = newDeal(source, Unique.email("na-hora"), product, null, null, null);

        assertThat(groupOf(early)).isNull();
        assertThat(groupOf(onTime)).isEqualTo(waiting.id());
    }

    @Test
    void anAbTestSplitsContactsEvenlyAndEachKeepsItsVariant() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        String template = template();
        long a = sequence(template, "PT1H", 1, "10");
        long b = sequence(template, "PT1H", 1, "20");
        LeadGroupView test = create(group(product, List.of(a, b), 1));
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            emails.add(Unique.email("ab" + i));
            newDeal(source, emails.get(i), product, null, null, null);
        }
        Map<Long, Long> perVariant = new LinkedHashMap<>();
        jdbc.query("SELECT sequence_id, COUNT(*) AS leads FROM lead_member WHERE group_id = ? GROUP BY sequence_id",
                rs -> {
                    perVariant.put(rs.getLong("sequence_id"), rs.getLong("leads"));
                }, test.id());
        assertThat(perVariant).containsOnlyKeys(a, b);
        assertThat(perVariant.get(a) + perVariant.get(b)).isEqualTo(30);
        assertThat(Math.abs(perVariant.get(a) - perVariant.get(b))).as("split evenly: %s", perVariant).isLessThanOrEqualTo(1);
        List<Long> order = jdbc.queryForList("SELECT sequence_id FROM lead_member WHERE group_id = ? ORDER BY entered_at, contact_id",
                Long.class, test.id());
        assertThat(order).as("at random, not in turns").isNotEqualTo(alternating(order.get(0), a, b, 30));

        String again = emails.get(0);
        long contact = jdbc.queryForObject("SELECT contact_id FROM contact_email WHERE email = ?", Long.class, again);
        long variant = jdbc.queryForObject("SELECT sequence_id FROM lead_member WHERE group_id = ? AND contact_id = ?", Long.class,
                test.id(), contact);
        newDeal(source, again, product, null, null, null);
        assertThat(jdbc.queryForList("SELECT sequence_id FROM lead_member WHERE contact_id = ?", Long.class, contact))
                .as("a contact enters once and keeps its variant").containsExactly(variant);
    }

    private static List<Long> alternating(long first, long a, long b, int size) {
        List<Long> turns = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            turns.add(i % 2 == 0 ? first : first == a ? b : a);
        }
        return turns;
    }

    @Test
    void theGroupsWebhookIsToldAtOnceOfEachLead() throws Exception {
        TestWebhookReceiver receiver = TestWebhookReceiver.started();
        receivers.add(receiver);
        long webhook = webhook(receiver.url(), true);
        String source = apiSource();
        String product = Unique.key("Plano");
        LeadGroupDraft draft = group(product, List.of(sequence(template(), "PT1H", 1, null)), 1);
        LeadGroupView group = create(new LeadGroupDraft(draft.name(), null, LeadGroupStatus.ACTIVE, null, LeadSource.ALL,
                draft.sequenceIds(), webhook, null, 1, List.of(product), null, null, true, null, null));
        String email = Unique.email("iln");

        long deal = newDeal(source, email, product, null, null, null);

        TestWebhookReceiver.Received told = await().atMost(Duration.ofSeconds(20))
                .until(() -> receiver.receivedAbout(email).stream().filter(each -> each.body().contains("LEAD_ENTERED_GROUP")).toList(),
                        found -> found.size() == 1).get(0);
        JsonNode body = json.readTree(told.body());
        assertThat(body.get("event").asText()).isEqualTo("LEAD_ENTERED_GROUP");
        assertThat(body.get("group").get("id").asLong()).isEqualTo(group.id());
        assertThat(body.get("lead").get("dealId").asLong()).isEqualTo(deal);
        assertThat(body.get("lead").get("email").asText()).isEqualTo(email);
    }

    @Test
    void theGroupsBccGoesBesideTheSequencesAndADealsOwnDiscountStaysUnlessTheGroupOverridesIt() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        String template = template();
        String bcc = Unique.email("copia-grupo");
        long sequence = sequence(template, "PT10M", 1, "10");
        LeadGroupDraft keeping = group(product, List.of(sequence), 1);
        create(new LeadGroupDraft(keeping.name(), null, LeadGroupStatus.ACTIVE, null, LeadSource.ALL, List.of(sequence), null, bcc, 1,
                List.of(product), null, null, false, null, null));
        String otherProduct = Unique.key("Plano");
        LeadGroupDraft overriding = group(otherProduct, List.of(sequence), 1);
        create(overriding);
        String kept = Unique.email("mantem");
        String overridden = Unique.email("substitui");

        newDeal(source, kept, product, null, null, "{\"discount\": \"5\"}");
        newDeal(source, overridden, otherProduct, null, null, "{\"discount\": \"5\"}");
        pass(Duration.ofMinutes(11));

        await().atMost(Duration.ofSeconds(20)).until(() -> received(kept, template).size() == 1 && received(overridden, template).size() == 1);
        assertThat(body(received(kept, template).get(0))).contains("5% de desconto");
        assertThat(body(received(overridden, template).get(0))).contains("10% de desconto");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.deliveredTo(bcc).size() == 1);
    }

    @Test
    void aSequenceAGroupSendsIsNotDeletedAndDeletingTheGroupStopsTheFollowUpsItStarted() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        long sequence = sequence(template(), "PT1H", 1, null);
        LeadGroupView group = create(group(product, List.of(sequence), 1));
        long deal = newDeal(source, Unique.email("apagado"), product, null, null, null);

        HttpResponse<String> refused = api().delete("/api/v1/sequences/" + sequence);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains(group.name());

        assertThat(api().delete("/api/v1/lead-groups/" + group.id()).statusCode()).isEqualTo(204);
        FollowUpView stopped = onlyFollowUp(deal);
        assertThat(stopped.stopReason()).isEqualTo(StopReason.LEAD_GROUP);
        assertThat(stopped.stoppedBy()).contains("deleted");
        assertThat(groupOf(deal)).isNull();
    }

    @Test
    void aMergedContactsPlaceInAGroupMovesToTheSurvivorWhichThenEntersItNoMore() throws Exception {
        String source = apiSource();
        String product = Unique.key("Plano");
        LeadGroupView group = create(group(product, List.of(sequence(template(), "PT1H", 1, null)), 1));
        long retired = ok(api().get("/api/v1/deals/" + newDeal(source, Unique.email("duplicado"), product, null, null, null)), 200)
                .path("deal").path("contactId").asLong();
        String survivorEmail = Unique.email("sobrevivente");
        long survivor = ok(api().get("/api/v1/deals/" + newDeal(source, survivorEmail, Unique.key("Outro"), null, null, null)), 200)
                .path("deal").path("contactId").asLong();

        ok(api().postJson("/api/v1/contacts/merge", "{\"into\": " + survivor + ", \"from\": " + retired + "}"), 201);
        long later = newDeal(source, survivorEmail, product, null, null, null);

        assertThat(jdbc.queryForList("SELECT contact_id FROM lead_member WHERE group_id = ?", Long.class, group.id()))
                .containsExactly(survivor);
        assertThat(groupOf(later)).as("the survivor was in the group already").isNull();
    }
}
