package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** A CSV import through POST /api/v1/imports, run on H2 and on MariaDB. */
abstract class ImportContract extends IntegrationTestSupport {

    private static final String MAPPING = """
            {"E-mail": "email", "Nome": "name", "Telefone": "phone", "Plataforma": "fields.platform", "Tipo": "fields.type",
             "Observação": "ignore", "Cargo": "contact.role"}""";

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private ImportUploads imports() {
        return new ImportUploads(api());
    }

    /** An IMPORT source with the demo `leads` form's placement: platform and type decide pipeline and stage. */
    private String importSourceLikeTheDemoLeadsForm() throws Exception {
        ObjectNode leads = (ObjectNode) json.readTree(api().get("/api/v1/sources/leads").body());
        String key = Unique.key("import-leads");
        ObjectNode draft = json.createObjectNode()
                .put("kind", "IMPORT").put("key", key).put("name", "Import " + key)
                .put("pipelineId", leads.get("pipelineId").asLong()).put("stageId", leads.get("stageId").asLong())
                .put("dealTitleTemplate", leads.get("dealTitleTemplate").asText());
        draft.set("placementRules", leads.get("placementRules"));
        HttpResponse<String> created = api().postJson("/api/v1/sources", draft.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return key;
    }

    private String placementOf(long dealId) {
        return jdbc.queryForObject("""
                SELECT CONCAT(p.name, '/', s.name) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                WHERE d.id = ?""", String.class, dealId);
    }

    @Test
    void importsASemicolonFileWithBomAndQuotesMergingDuplicateEmailsAndRejectingBadRows() throws Exception {
        String ana = "ana-" + Unique.suffix() + "@example.com";
        String dora = Unique.email("dora");
        String csv = String.join("\n",
                "E-mail;Nome;Telefone;Plataforma;Tipo;Observação;Cargo",
                ana + ";\"Silva; Ana\";(11) 98765-4321;Feirão Digital;AVALIAÇÃO;\"linha 1\nlinha 2\";gerente",
                "  " + ana.toUpperCase() + " ;Ana S.;;autocloud;LEAD;\"diz \"\"oi\"\"\";",
                "not-an-email;Bob;;autocloud;;;",
                "",
                ";Sem E-mail;;autocloud;;;",
                Unique.email("long") + ";" + "N".repeat(301) + ";;autocloud;;;",
                dora + ";Dora;;autocloud;LEAD;;") + "\n";
        String source = importSourceLikeTheDemoLeadsForm();

        HttpResponse<String> accepted = imports().upload(ImportUploads.utf8WithBom(csv), MAPPING, Map.of("source", source));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = ImportUploads.json(accepted).get("id").asLong();
        assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/imports/" + id);
        JsonNode job = imports().awaitFinished(id);
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(List.of(job.get("totalRows").asInt(), job.get("rowsDone").asInt(), job.get("created").asInt(),
                job.get("merged").asInt(), job.get("rejected").asInt(), job.get("dealsCreated").asInt()))
                .containsExactly(6, 6, 2, 1, 3, 3);
        assertThat(job.get("source").asText()).isEqualTo(source);

        JsonNode rejections = imports().rejections(id, 0, 100);
        assertThat(rejections.get("total").asInt()).isEqualTo(3);
        assertThat(rejections.get("items")).extracting(r -> r.get("row").asInt(), r -> r.get("field").asText())
                .containsExactly(tuple(4, "email"), tuple(6, "email"), tuple(7, "name"));
        assertThat(rejections.get("items").get(0).get("reason").asText()).contains("not a valid e-mail address: 'not-an-email'");
        assertThat(rejections.get("items").get(1).get("reason").asText()).isEqualTo("e-mail is required");
        assertThat(rejections.get("items").get(2).get("reason").asText()).contains("longer than 300");

        JsonNode anaRead = ImportUploads.json(api().get("/api/v1/contacts?email=" + ana));
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", ana)).isOne();
        assertThat(anaRead.get("contact").get("name").asText()).isEqualTo("Silva; Ana");
        assertThat(anaRead.get("contact").get("phone").asText()).isEqualTo("+5511987654321");
        assertThat(anaRead.get("contact").get("customFields").get("role").asText()).isEqualTo("gerente");
        assertThat(anaRead.get("deals")).extracting(deal -> placementOf(deal.get("id").asLong()))
                .containsExactlyInAnyOrder("Feirão Digital/AVALIAÇÃO", "autocloud/LEAD");
        assertThat(anaRead.get("deals")).extracting(deal -> deal.get("title").asText())
                .contains("Silva; Ana – Feirão Digital");
        JsonNode doraDeals = ImportUploads.json(api().get("/api/v1/contacts?email=" + dora)).get("deals");
        assertThat(doraDeals).extracting(deal -> placementOf(deal.get("id").asLong())).containsExactly("autocloud/LEAD");
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE channel = 'IMPORT' AND idempotency_key LIKE ?",
                "IMPORT:" + source + ":" + id + ":%")).isEqualTo(3);
        assertThat(count("""
                SELECT COUNT(*) FROM outbox_message o JOIN deal d ON d.id = o.deal_id JOIN contact_email e ON e.contact_id = d.contact_id
                WHERE e.email IN (?, ?)""", ana, dora)).as("an import mails nobody").isZero();
    }

    @Test
    void aSecondUploadOfTheSameFileMergesIntoTheSameContacts() {
        String first = Unique.email("again");
        String second = Unique.email("again");
        byte[] csv = ("email,name\n" + first + ",Primeira\n" + second + ",Segunda\n").getBytes();
        String mapping = "{\"email\": \"email\", \"name\": \"name\"}";

        long one = ImportUploads.json(imports().upload(csv, mapping, Map.of())).get("id").asLong();
        JsonNode firstRun = imports().awaitFinished(one);
        long two = ImportUploads.json(imports().upload(csv, mapping, Map.of())).get("id").asLong();
        JsonNode secondRun = imports().awaitFinished(two);

        assertThat(List.of(firstRun.get("created").asInt(), firstRun.get("merged").asInt())).containsExactly(2, 0);
        assertThat(List.of(secondRun.get("state").asText(), secondRun.get("created").asInt(), secondRun.get("merged").asInt()))
                .containsExactly("DONE", 0, 2);
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email IN (?, ?)", first, second)).isEqualTo(2);
        long contact = jdbc.queryForObject("SELECT contact_id FROM contact_email WHERE email = ?", Long.class, first);
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ?", contact)).isEqualTo(2);
    }

    @Test
    void withoutDealsAnImportOnlyCreatesAndMergesContacts() {
        String email = Unique.email("contact-only");
        byte[] csv = ("email;name;country\n" + email + ";Só Contato;br\n").getBytes();

        long id = ImportUploads.json(imports().upload(csv, "{\"email\": \"email\", \"name\": \"name\", \"country\": \"country\"}",
                Map.of("createDeals", "false"))).get("id").asLong();
        JsonNode job = imports().awaitFinished(id);

        assertThat(List.of(job.get("state").asText(), job.get("created").asInt(), job.get("dealsCreated").asInt()))
                .containsExactly("DONE", 1, 0);
        long contact = jdbc.queryForObject("SELECT contact_id FROM contact_email WHERE email = ?", Long.class, email);
        assertThat(jdbc.queryForObject("SELECT country FROM contact WHERE id = ?", String.class, contact)).isEqualTo("BR");
        assertThat(count("SELECT COUNT(*) FROM deal WHERE contact_id = ?", contact)).isZero();
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE contact_id = ? AND deal_id IS NULL", contact)).isOne();
    }
}
