package com.leadwire.demo;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.leads.LeadGroupDraft;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadSource;
import com.leadwire.mail.MailLanguage;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;

/**
 * 002 step 9 and 003's default groups: marketing e-mails to leads who have not moved. An autocloud
 * checkout pop-up; the unfinished orders (a payment failed or a checkout expired) are followed up three
 * times, the last two with a discount; the abandoned checkouts (an e-mail left at the checkout, no
 * payment within an hour) twice. Both are switched on unless {@code leadwire.demo.lead-groups} is off.
 */
@Component
class DemoLeadGroups {

    static final String CHECKOUT = "checkout-autocloud";

    private final DemoProperties properties;
    private final MailTemplates templates;
    private final Sequences sequences;
    private final LeadGroups groups;
    private final Sources sources;

    DemoLeadGroups(DemoProperties properties, MailTemplates templates, Sequences sequences, LeadGroups groups, Sources sources) {
        this.properties = properties;
        this.templates = templates;
        this.sequences = sequences;
        this.groups = groups;
        this.sources = sources;
    }

    void load(PipelineView autocloud, long leadStage) {
        sources.create(new SourceDraft(SourceKind.POPUP, CHECKOUT, "Checkout autocloud®", autocloud.id(), leadStage,
                "{{contact.name}} – checkout autocloud", null, """
                {"fields": [
                   {"name": "nome", "label": "Nome", "type": "text", "required": true},
                   {"name": "email", "label": "E-mail", "type": "email", "required": true}],
                 "mapping": {"nome": "contact.name", "email": "contact.email"},
                 "submitLabel": "Continuar para o pagamento",
                 "thankYouText": "Quase lá! Conclua o pagamento na próxima página.",
                 "popup": {"trigger": "exit-intent"}}
                """, List.of()).asCheckout(true), "demo");
        long unfinished = sequence("Pedido não finalizado", List.of(
                email("Pedido não finalizado 1", "Seu pedido autocloud® está esperando por você", """
                        Olá {{contact.name}},

                        o pagamento do seu pedido autocloud® não foi concluído. Se algo deu errado com o cartão ou o
                        boleto, é só tentar de novo: o seu pedido continua reservado.
                        """, "PT1H", null),
                email("Pedido não finalizado 2", "{{sequence.discount}}% de desconto para concluir o seu pedido", """
                        Olá {{contact.name}},

                        o seu pedido autocloud® ainda está aberto. Para ajudar, preparamos {{sequence.discount}}% de
                        desconto: conclua o pagamento e comece hoje mesmo.
                        """, "P1D", "10"),
                email("Pedido não finalizado 3", "Última chance: {{sequence.discount}}% de desconto no autocloud®", """
                        Olá {{contact.name}},

                        esta é a última mensagem sobre o seu pedido: o desconto de {{sequence.discount}}% vale só até
                        amanhã. Fale com a nossa equipe se tiver qualquer dúvida.
                        """, "P3D", "15")));
        long abandoned = sequence("Checkout abandonado", List.of(
                email("Checkout abandonado 1", "Você esqueceu algo no autocloud®?", """
                        Olá {{contact.name}},

                        vimos que você começou a contratar o autocloud® e não terminou. Ficou alguma dúvida? Responda
                        este e-mail e a nossa equipe ajuda você.
                        """, "PT10M", null),
                email("Checkout abandonado 2", "{{sequence.discount}}% de desconto esperando por você", """
                        Olá {{contact.name}},

                        o seu checkout autocloud® continua aqui, agora com {{sequence.discount}}% de desconto.
                        """, "P1D", "10")));
        setUp(LeadSource.UNFINISHED, unfinished);
        setUp(LeadSource.ABANDONED, abandoned);
    }

    private record Email(String template, String delay, BigDecimal discount) {
    }

    private Email email(String template, String subject, String text, String delay, String discount) {
        templates.create(new MailTemplateDraft(template, MailLanguage.PT_BR.tag(), subject, "", text, false));
        return new Email(template, delay, discount == null ? null : new BigDecimal(discount));
    }

    private long sequence(String name, List<Email> emails) {
        return sequences.create(new SequenceDraft(name, emails.stream().map(email -> new SequenceEmail(email.template(), email.delay(),
                email.discount())).toList(), null), "demo").id();
    }

    /** The group keeps its seeded name and description, which the panel shows in the reader's language. */
    private void setUp(LeadSource source, long sequenceId) {
        LeadGroupView group = groups.all().stream().filter(each -> each.kind() == LeadGroupKind.DEFAULT && each.source() == source)
                .findFirst().orElseThrow();
        LeadGroupDraft current = group.draft();
        LeadGroupStatus status = properties.leadGroups() ? LeadGroupStatus.ACTIVE : LeadGroupStatus.INACTIVE;
        groups.update(group.id(), new LeadGroupDraft(current.name(), current.description(), status, null, source, List.of(sequenceId),
                null, null, current.priority(), List.of(), null, null, current.overrideDiscounts(), null, current.abandonAfter()), "demo");
    }
}
