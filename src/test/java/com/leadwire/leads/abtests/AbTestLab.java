package com.leadwire.leads.abtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadSource;
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
import com.leadwire.testsupport.Unique;

/**
 * What an A/B test needs, made through the real services: an API source into a pipeline of its own,
 * a product of its own (so its group takes no other test's deals), two sequences of three hourly
 * e-mails of their own templates (subject "&lt;template&gt; passo N"), the group, and leads entering
 * through the deals API. {@link #deleteGroups} removes the groups it made.
 */
public final class AbTestLab {

    /** One test's place. */
    public record Place(String source, String product, long first, String firstTemplate, long second, String secondTemplate) {
    }

    private final Pipelines pipelines;
    private final Sources sources;
    private final MailTemplates templates;
    private final Sequences sequences;
    private final LeadGroups groups;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> created = new ArrayList<>();

    public AbTestLab(Pipelines pipelines, Sources sources, MailTemplates templates, Sequences sequences, LeadGroups groups, String baseUrl) {
        this.pipelines = pipelines;
        this.sources = sources;
        this.templates = templates;
        this.sequences = sequences;
        this.groups = groups;
        this.baseUrl = baseUrl;
    }

    public Place place() {
        PipelineView pipeline = pipelines.create(Unique.key("AB"), List.of(new StageDraft("Espera", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
        String source = Unique.key("ab");
        sources.create(new SourceDraft(SourceKind.API, source, "AB " + source, pipeline.id(), pipeline.stages().get(0).id(), null, null,
                "{}", List.of()), "test");
        String firstTemplate = template("VarA");
        String secondTemplate = template("VarB");
        return new Place(source, Unique.key("produto-ab"), sequence(firstTemplate), firstTemplate, sequence(secondTemplate), secondTemplate);
    }

    /** An active group of high priority taking the place's product, testing its two sequences (or only the first) with these criteria. */
    public long group(Place place, List<Long> sequenceIds, LeadGroupTest test) {
        long id = groups.create(new LeadGroupDraft(Unique.key("Teste AB"), null, LeadGroupStatus.ACTIVE, null, LeadSource.ALL, sequenceIds,
                null, null, 500, List.of(place.product()), null, null, true, test, null), "test").id();
        created.add(id);
        return id;
    }

    public long group(Place place, LeadGroupTest test) {
        return group(place, List.of(place.first(), place.second()), test);
    }

    /** A new deal of the place's product and this amount in BRL, whose contact enters the group; answers the deal's id. */
    public long lead(Place place, String email, String amount) {
        String body = """
                {"source": "%s", "contact": {"email": "%s", "name": "Bia Teste"},
                 "deal": {"products": ["%s"], "amount": %s, "currency": "BRL"}}""".formatted(place.source(), email, place.product(), amount);
        HttpResponse<String> answer = ApiClient.authenticated(baseUrl).postJson("/api/v1/deals", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        try {
            return json.readTree(answer.body()).get("dealId").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deal is won through the API (its pipeline's won stage). */
    public void win(long dealId) {
        HttpResponse<String> answer = ApiClient.authenticated(baseUrl).postJson("/api/v1/deals/" + dealId + "/won", "{}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    public void deleteGroups() {
        created.forEach(id -> groups.find(id).ifPresent(group -> groups.delete(id, "test")));
        created.clear();
    }

    private String template(String name) {
        String template = Unique.key(name);
        templates.create(new MailTemplateDraft(template, "pt-BR", template + " passo {{sequence.step}}", "<p>Olá {{contact.name}}</p>", null,
                false));
        return template;
    }

    private long sequence(String template) {
        SequenceEmail hourly = new SequenceEmail(template, "PT1H", null);
        return sequences.create(new SequenceDraft(Unique.key("Seq AB"), List.of(hourly, hourly, hourly), null), "test").id();
    }
}
