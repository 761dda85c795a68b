package com.leadwire.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TestLeads;
import com.leadwire.testsupport.Unique;

/**
 * The lead list through its API: a lead that entered a real group through intake, as its follow-up
 * e-mail goes out, it unsubscribes and its deal is won; each column's filter, sorting, paging with
 * the total, the CSV of the filtered list with its escaping, and bad filters refused as
 * problem+json. Run on H2 and on MariaDB.
 */
abstract class LeadListContract extends LeadGroupTestSupport {

    @Autowired
    LeadList leadList;

    private TestLeads leads;
    private String tag;
    private long group;
    private long otherGroup;
    private Instant monday;

    /** One lead of the fixture: its contact and deal, made through the API. */
    private record Made(long contactId, long dealId, String email) {
    }

    @BeforeEach
    void groups() {
        leads = new TestLeads(jdbc);
        tag = Unique.suffix();
        group = leads.group("Carrinho " + tag, clock.instant());
        otherGroup = leads.group("Abandono " + tag, clock.instant());
        monday = LocalDate.of(2026, 11, 30).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    @AfterEach
    void deleteLeads() {
        leads.deleteAll();
    }

    private Made deal(String name) throws Exception {
        String email = Unique.email("lista");
        HttpResponse<String> created = api().postJson("/api/v1/deals", ApiClient.dealJson(null, email, jsonText(name), null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        return new Made(body.get("contactId").asLong(), body.get("dealId").asLong(), email);
    }

    /** A lead of {@code group} entered {@code days} after Monday, its follow-up (null: none) with e-mails of these statuses. */
    private Made lead(long group, String name, int days, String product, String country, String followUpStatus, String stopReason,
                      String... emailStatuses) throws Exception {
        Made made = deal(name);
        Instant entered = monday.plus(Duration.ofDays(days));
        Long followUp = null;
        if (followUpStatus != null) {
            followUp = leads.followUp(made.contactId(), made.dealId(), followUpStatus, stopReason, entered);
            for (int step = 1; step <= emailStatuses.length; step++) {
                leads.email(followUp, step, emailStatuses[step - 1], entered.plus(Duration.ofHours(step)));
            }
        }
        leads.member(group, made.contactId(), made.dealId(), followUp, entered, name, made.email(), product, country);
        return made;
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<String> answer = api().get("/api/v1/leads?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private List<String> names(String query) throws Exception {
        List<String> names = new ArrayList<>();
        list(query).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    /** The name as the inside of a JSON string. */
    private String jsonText(String text) throws Exception {
        String quoted = json.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aLeadThatEnteredAGroupShowsItsFollowUpItsEmailItsUnsubscribeAndItsProcessedOrder() throws Exception {
        String source = apiSource();
        String product = Unique.key("curso");
        long sequence = sequence(template(), "PT1M", 2, null);
        LeadGroupView group = create(group(product, List.of(sequence), 50));
        String email = Unique.email("lista-grupo");
        long deal = newDeal(source, email, product, null, "BR", null);
        String query = "group=" + group.id();

        JsonNode entered = list(query).get("items").get(0);
        assertThat(entered.get("email").asText()).isEqualTo(email);
        assertThat(entered.get("name").asText()).isEqualTo("Lia Grupo");
        assertThat(entered.get("product").asText()).isEqualTo(product);
        assertThat(entered.get("country").asText()).isEqualTo("BR");
        assertThat(entered.get("group").asText()).isEqualTo(group.name());
        assertThat(entered.get("dealId").asLong()).isEqualTo(deal);
        assertThat(entered.get("followUpStatus").asText()).isEqualTo("ACTIVE");
        assertThat(entered.get("emailStatus").asText()).isEqualTo("NONE");
        assertThat(entered.get("processedOrder").asBoolean()).isFalse();

        pass(Duration.ofSeconds(61));
        await().atMost(Duration.ofSeconds(20)).until(() -> list(query).get("items").get(0).get("emailStatus").asText().equals("SENT"));
        long contact = entered.get("contactId").asLong();
        ok(api().postJson("/api/v1/contacts/" + contact + "/unsubscribe", ""), 200);
        JsonNode unsubscribed = list(query).get("items").get(0);
        assertThat(unsubscribed.get("followUpStatus").asText()).isEqualTo("STOPPED");
        assertThat(unsubscribed.get("stopReason").asText()).isEqualTo("UNSUBSCRIBED");
        assertThat(names(query + "&followUpStatus=STOPPED&emailStatus=SENT&processedOrder=false")).containsExactly("Lia Grupo");

        ok(api().postJson("/api/v1/deals/" + deal + "/won", "{}"), 200);
        assertThat(list(query + "&processedOrder=true").get("items").get(0).get("dealId").asLong()).isEqualTo(deal);
    }

    @Test
    void eachColumnFiltersTheList() throws Exception {
        Made ana = lead(group, "Ana " + tag, 0, "curso-java", "BR", "ACTIVE", null, "SENT");
        lead(group, "Bruno " + tag, 1, "curso-python", "PT", "STOPPED", "UNSUBSCRIBED", "SENT", "BOUNCED");
        Made carla = lead(group, "Carla " + tag, 2, "ebook-java", "BR", "COMPLETED", null, "SENT", "SENT", "FAILED");
        lead(otherGroup, "Davi " + tag, 3, "curso-java", "AR", null, null);
        deal("not a lead " + tag);
        api().postJson("/api/v1/deals/" + carla.dealId() + "/won", "{}");
        String mine = "name=" + form(tag);

        assertThat(names(mine + "&sort=name,asc")).containsExactly("Ana " + tag, "Bruno " + tag, "Carla " + tag, "Davi " + tag);
        assertThat(names("name=" + form("ANA " + tag))).containsExactly("Ana " + tag);
        assertThat(names("email=" + form(ana.email().toUpperCase()))).containsExactly("Ana " + tag);
        assertThat(names(mine + "&product=JAVA&sort=name,asc")).containsExactly("Ana " + tag, "Carla " + tag, "Davi " + tag);
        assertThat(names(mine + "&country=br&sort=name,asc")).containsExactly("Ana " + tag, "Carla " + tag);
        assertThat(names(mine + "&from=2026-12-01&to=2026-12-02&sort=name,asc")).containsExactly("Bruno " + tag, "Carla " + tag);
        assertThat(names(mine + "&to=2026-11-30")).containsExactly("Ana " + tag);
        assertThat(names("group=" + otherGroup)).containsExactly("Davi " + tag);
        assertThat(names(mine + "&followUpStatus=stopped")).containsExactly("Bruno " + tag);
        assertThat(names(mine + "&followUpStatus=NONE")).containsExactly("Davi " + tag);
        assertThat(names(mine + "&emailStatus=BOUNCED")).containsExactly("Bruno " + tag);
        assertThat(names(mine + "&emailStatus=SENT")).as("the latest e-mail counts, not any").containsExactly("Ana " + tag);
        assertThat(names(mine + "&emailStatus=NONE")).containsExactly("Davi " + tag);
        assertThat(names(mine + "&processedOrder=true")).containsExactly("Carla " + tag);
        assertThat(names(mine + "&processedOrder=false&sort=name,desc")).containsExactly("Davi " + tag, "Bruno " + tag, "Ana " + tag);
        assertThat(list(mine + "&processedOrder=false&size=1").get("total").asLong()).isEqualTo(3);

        JsonNode bruno = list(mine + "&followUpStatus=STOPPED").get("items").get(0);
        assertThat(bruno.get("group").asText()).isEqualTo("Carrinho " + tag);
        assertThat(bruno.get("groupId").asLong()).isEqualTo(group);
        assertThat(bruno.get("product").asText()).isEqualTo("curso-python");
        assertThat(bruno.get("country").asText()).isEqualTo("PT");
        assertThat(bruno.get("stopReason").asText()).isEqualTo("UNSUBSCRIBED");
        assertThat(bruno.get("emailStatus").asText()).isEqualTo("BOUNCED");
        assertThat(bruno.get("processedOrder").asBoolean()).isFalse();
        assertThat(Instant.parse(bruno.get("date").asText())).isEqualTo(monday.plus(Duration.ofDays(1)));
        JsonNode carlaItem = list(mine + "&processedOrder=true").get("items").get(0);
        assertThat(carlaItem.get("dealId").asLong()).isEqualTo(carla.dealId());
        assertThat(carlaItem.get("contactId").asLong()).isEqualTo(carla.contactId());
    }

    @Test
    void theListSortsByAColumnAndPagesWithTheTotal() throws Exception {
        lead(group, "Beatriz " + tag, 0, "b", "BR", null, null);
        lead(group, "Artur " + tag, 2, "c", "AR", null, null);
        lead(group, "Caio " + tag, 1, "a", "CL", null, null);
        String mine = "group=" + group;

        assertThat(names(mine)).as("newest first by default").containsExactly("Artur " + tag, "Caio " + tag, "Beatriz " + tag);
        assertThat(names(mine + "&sort=date,asc")).containsExactly("Beatriz " + tag, "Caio " + tag, "Artur " + tag);
        assertThat(names(mine + "&sort=product,asc")).containsExactly("Caio " + tag, "Beatriz " + tag, "Artur " + tag);
        assertThat(names(mine + "&sort=country,desc")).containsExactly("Caio " + tag, "Beatriz " + tag, "Artur " + tag);
        assertThat(names(mine + "&sort=NAME")).containsExactly("Artur " + tag, "Beatriz " + tag, "Caio " + tag);

        JsonNode second = list(mine + "&sort=name,asc&page=1&size=2");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("name").asText()).isEqualTo("Caio " + tag);
        assertThat(leadList.count(LeadFilter.ofGroup(group))).isEqualTo(3);
    }

    @Test
    void theCsvHoldsTheFilteredListWithFormulasDisarmed() throws Exception {
        Made formula = lead(group, "=HYPERLINK(\"http://evil.example\",\"" + tag + "\")", 0, "+cmd|' /C calc'!A0", "BR", "ACTIVE", null,
                "QUEUED");
        lead(group, "João \"Jr\", da Silva " + tag, 1, "@SUM(1+1)", "BR", null, null);
        lead(otherGroup, "Fora " + tag, 1, "curso", "BR", null, null);

        HttpResponse<String> answer = api().get("/api/v1/leads.csv?group=" + group + "&sort=date,asc");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("leads.csv");
        String body = answer.body();
        assertThat(body).startsWith("\uFEFF");
        List<String> lines = List.of(body.substring(1).split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("name,email,date,product,country,group,followUpStatus,stopReason,emailStatus,processedOrder,contactId,"
                + "dealId,groupId");
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"" + tag + "\"\")\"," + formula.email()
                + ",2026-11-30 10:00:00,'+cmd|' /C calc'!A0,BR,Carrinho " + tag + ",ACTIVE,,QUEUED,no," + formula.contactId() + ","
                + formula.dealId() + "," + group);
        assertThat(lines.get(2)).startsWith("\"João \"\"Jr\"\", da Silva " + tag + "\",").contains(",'@SUM(1+1),").contains(",NONE,,NONE,no,");
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        for (String query : List.of("from=yesterday", "to=2026-13-01", "from=2026-12-02&to=2026-12-01", "followUpStatus=DONE",
                "emailStatus=OPENED", "sort=phone", "sort=name,up", "country=Brazil", "size=0", "size=501")) {
            for (String path : List.of("/api/v1/leads?", "/api/v1/leads.csv?")) {
                if (path.endsWith(".csv?") && query.startsWith("size")) {
                    continue;
                }
                HttpResponse<String> answer = api().get(path + query);
                assertThat(answer.statusCode()).as(path + query + " " + answer.body()).isEqualTo(422);
                assertThat(ApiClient.isProblem(answer)).as(path + query).isTrue();
                assertThat(json.readTree(answer.body()).toString()).contains(query.substring(query.lastIndexOf('&') + 1, query.indexOf('=',
                        query.lastIndexOf('&') + 1)));
            }
        }
        assertThat(api().get("/api/v1/leads?group=abc").statusCode()).isEqualTo(400);
        assertThat(api().get("/api/v1/leads?processedOrder=maybe").statusCode()).isEqualTo(400);
        assertThat(new Http(baseUrl()).get("/api/v1/leads").statusCode()).isEqualTo(401);
        assertThat(new Http(baseUrl()).get("/api/v1/leads.csv").statusCode()).isEqualTo(401);
    }
}
