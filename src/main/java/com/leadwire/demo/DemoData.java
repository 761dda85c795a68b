package com.leadwire.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.Rules;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.Condition;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.mail.MailLanguage;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.EntryRequirements;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView.PlacementRuleView;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageChange;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.team.Role;
import com.leadwire.team.Team;

/**
 * The 002 flow: two platforms with the same commercial stages; a lead form per platform and a
 * shared one where the platform and the type (LEAD or AVALIAÇÃO) decide pipeline and stage; the
 * team's and the lead's e-mails as rules.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String AUTOCLOUD = "autocloud";
    static final String FEIRAO = "Feirão Digital";
    static final String LEAD = "LEAD";
    static final String AVALIACAO = "AVALIAÇÃO";
    static final String SUPPORT = "suporte@feiraodigital.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final Pipelines pipelines;
    private final Sources sources;
    private final Team team;
    private final MailTemplates templates;
    private final Rules rules;
    private final CustomFields fields;
    private final SendingSettings sending;
    private final DemoLeadGroups leadGroups;

    DemoData(DemoProperties properties, Pipelines pipelines, Sources sources, Team team, MailTemplates templates, Rules rules,
             CustomFields fields, SendingSettings sending, DemoLeadGroups leadGroups) {
        this.leadGroups = leadGroups;
        this.properties = properties;
        this.sending = sending;
        this.fields = fields;
        this.pipelines = pipelines;
        this.sources = sources;
        this.team = team;
        this.templates = templates;
        this.rules = rules;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !pipelines.all().isEmpty()) {
            return;
        }
        PipelineView autocloud = requireCommercialPath(pipelines.create(AUTOCLOUD, commercialStages()));
        PipelineView feirao = pipelines.create(FEIRAO, commercialStages());
        team.add("ana", "Ana Souza", "ana.souza@comercial.example", Role.REP, null);
        team.add("bruno", "Bruno Lima", "bruno.lima@comercial.example", Role.REP, null);
        addCustomFields();
        addSources(autocloud, feirao);
        addPaymentSources(autocloud);
        addTemplates();
        addRules(autocloud, feirao);
        setBusinessTimeZone();
        leadGroups.load(autocloud, stage(autocloud, LEAD));
        log.info("Demo data loaded: pipelines '{}' and '{}', the deal fields platform and type, lead forms and a pop-up, a Telegram "
                + "bot flow, payment sources, a checkout pop-up, 2 reps, e-mail templates, rules and the default lead groups' sequences",
                AUTOCLOUD, FEIRAO);
    }

    /** The store is in São Paulo; its sending hours and daily cap stay off, for an admin to turn on. */
    private void setBusinessTimeZone() {
        SendingSettingsDraft defaults = sending.current().draft();
        sending.update(new SendingSettingsDraft("America/Sao_Paulo", defaults.sendingHours(), defaults.dailyCap()), "demo");
    }

    private static List<StageDraft> commercialStages() {
        return List.of(
                new StageDraft(LEAD, StageKind.OPEN),
                new StageDraft("APRESENTAÇÃO", StageKind.OPEN),
                new StageDraft("CREDENCIAMENTO", StageKind.OPEN),
                new StageDraft(AVALIACAO, StageKind.OPEN),
                new StageDraft("CLIENTE", StageKind.WON),
                new StageDraft("SEM INTERESSE", StageKind.LOST));
    }

    /**
     * What the 002 lead form asks besides the contact, responsible and products: the platform the lead
     * is for and whether it is a lead or a 15-day evaluation. Placement and rules read them.
     */
    private void addCustomFields() {
        customField("platform", "Platform", "Plataforma", List.of(AUTOCLOUD, FEIRAO));
        customField("type", "Type", "Tipo", List.of(LEAD, AVALIACAO));
    }

    private void customField(String name, String labelEn, String labelPt, List<String> options) {
        if (fields.find(FieldScope.DEAL, name).isEmpty()) {
            fields.create(new CustomFieldDraft(FieldScope.DEAL, name, FieldType.CHOICE, options, labelEn, labelPt, null));
        }
    }

    /**
     * An autocloud lead enters AVALIAÇÃO only through CREDENCIAMENTO, and only after an
     * APRESENTAÇÃO. Feirão asks nothing: its form places evaluations straight into AVALIAÇÃO.
     */
    private PipelineView requireCommercialPath(PipelineView autocloud) {
        return pipelines.updateStage(autocloud.id(), stage(autocloud, AVALIACAO), StageChange.requirements(new EntryRequirements(
                List.of(stage(autocloud, "CREDENCIAMENTO")), List.of(stage(autocloud, "APRESENTAÇÃO")), List.of())));
    }

    private void addSources(PipelineView autocloud, PipelineView feirao) {
        long autocloudLead = stage(autocloud, LEAD);
        long feiraoLead = stage(feirao, LEAD);
        long feiraoEvaluation = stage(feirao, AVALIACAO);
        PlacementRuleView evaluation = new PlacementRuleView(Map.of("type", AVALIACAO), feirao.id(), feiraoEvaluation);
        sources.create(new SourceDraft(SourceKind.FORM, "leads-autocloud", "Leads autocloud®", autocloud.id(), autocloudLead,
                "{{contact.name}} – autocloud", null, leadForm(false), List.of()), "demo");
        sources.create(new SourceDraft(SourceKind.FORM, "leads-feirao", "Leads Feirão Digital®", feirao.id(), feiraoLead,
                "{{contact.name}} – Feirão Digital", null, leadForm(false), List.of(evaluation)), "demo");
        sources.create(new SourceDraft(SourceKind.FORM, "leads", "Leads (formulário único)", autocloud.id(), autocloudLead,
                "{{contact.name}} – {{fields.platform}}", null, leadForm(true), List.of(
                        new PlacementRuleView(Map.of("platform", FEIRAO, "type", AVALIACAO), feirao.id(), feiraoEvaluation),
                        new PlacementRuleView(Map.of("platform", FEIRAO), feirao.id(), feiraoLead),
                        new PlacementRuleView(Map.of("platform", AUTOCLOUD), autocloud.id(), autocloudLead))), "demo");
        sources.create(new SourceDraft(SourceKind.TELEGRAM, "telegram-leads", "Bot do Telegram", autocloud.id(), autocloudLead,
                "{{contact.name}} – {{fields.platform}} (Telegram)", null, TELEGRAM_FLOW, List.of(
                        new PlacementRuleView(Map.of("platform", FEIRAO, "type", AVALIACAO), feirao.id(), feiraoEvaluation),
                        new PlacementRuleView(Map.of("platform", FEIRAO), feirao.id(), feiraoLead))), "demo");
        sources.create(new SourceDraft(SourceKind.POPUP, "popup-feirao", "Avalie o Feirão Digital® por 15 dias", feirao.id(),
                feiraoLead, "{{contact.name}} – pop-up Feirão Digital", null, """
                {"fields": [
                   {"name": "nome", "label": "Nome", "type": "text", "required": true},
                   {"name": "email", "label": "E-mail", "type": "email", "required": true}],
                 "mapping": {"nome": "contact.name", "email": "contact.email"},
                 "submitLabel": "Quero avaliar",
                 "thankYouText": "Obrigado! A nossa equipe entra em contato para começar a sua avaliação.",
                 "consent": {"required": true, "field": "aceite",
                             "text": "Concordo em receber contatos do Feirão Digital sobre a avaliação."},
                 "popup": {"trigger": "delay", "seconds": 10}}
                """, List.of()), "demo");
    }

    /**
     * The 002 lead form: platform (only on the shared form), type and products are deal fields that
     * placement and the e-mails read; the responsible rep is picked from the team's active reps and
     * becomes the deal's responsible.
     */
    private static String leadForm(boolean withPlatform) {
        String platform = withPlatform ? """
                   {"name": "plataforma", "label": "Plataforma", "type": "select", "required": true,
                    "options": ["%s", "%s"]},
                """.formatted(AUTOCLOUD, FEIRAO) : "";
        return """
                {"title": "Cadastro de lead",
                 "fields": [
                   {"name": "nome", "label": "Nome", "type": "text", "required": true},
                   {"name": "email", "label": "E-mail", "type": "email", "required": true},
                   {"name": "telefone", "label": "Telefone", "type": "tel"},
                %s   {"name": "tipo", "label": "Tipo", "type": "select", "required": true, "options": ["%s", "%s"]},
                   {"name": "responsavel", "label": "Responsável", "type": "select", "optionsFrom": "team"},
                   {"name": "produtos", "label": "Produtos (separados por vírgula)", "type": "text"}],
                 "mapping": {"nome": "contact.name", "email": "contact.email", "telefone": "contact.phone",
                             "plataforma": "deal.fields.platform", "tipo": "deal.fields.type",
                             "responsavel": "deal.responsible", "produtos": "deal.products"},
                 "submitLabel": "Cadastrar",
                 "thankYouText": "Obrigado! Lead cadastrado."}
                """.formatted(platform, LEAD, AVALIACAO);
    }

    /**
     * Payments of autocloud plans: a paid one becomes a client, a refunded one loses interest. The
     * signing secrets are not here: they come from leadwire.payments.secrets.* (environment).
     */
    private void addPaymentSources(PipelineView autocloud) {
        long lead = stage(autocloud, LEAD);
        pipelines.setPaymentStage(autocloud.id(), PaymentStatus.NEW, lead);
        pipelines.setPaymentStage(autocloud.id(), PaymentStatus.SUCCEEDED, stage(autocloud, "CLIENTE"));
        pipelines.setPaymentStage(autocloud.id(), PaymentStatus.REFUNDED, stage(autocloud, "SEM INTERESSE"));
        sources.create(new SourceDraft(SourceKind.PAYMENT, "stripe", "Stripe", autocloud.id(), lead,
                "{{contact.name}} – pagamento Stripe", null, null, List.of()), "demo");
        sources.create(new SourceDraft(SourceKind.PAYMENT, "mercadopago", "Mercado Pago", autocloud.id(), lead,
                "{{contact.name}} – pagamento Mercado Pago", null, null, List.of()), "demo");
        sources.create(new SourceDraft(SourceKind.PAYMENT, "pagamentos", "Pagamentos (outro provedor)", autocloud.id(), lead,
                "{{contact.name}} – pagamento", null, null, List.of()), "demo");
    }

    /** The bot flow of the lead form, asked in Telegram (settings of the TELEGRAM source, read by the telegram module). */
    private static final String TELEGRAM_FLOW = """
            {
              "steps": [
                {"question": "Olá! Qual é o seu nome?", "answer": "TEXT", "fills": "contact.name",
                 "invalidAnswer": "Por favor, escreva o seu nome."},
                {"question": "Qual é o seu e-mail? Ele será usado em todo o atendimento e no termo de adesão.",
                 "answer": "EMAIL", "fills": "contact.email", "invalidAnswer": "Isso não parece um e-mail válido."},
                {"question": "Qual é o seu telefone (com DDD)?", "answer": "PHONE", "fills": "contact.phone",
                 "invalidAnswer": "Isso não parece um telefone válido."},
                {"question": "Em qual plataforma você tem interesse?", "answer": "CHOICE", "options": ["autocloud", "Feirão Digital"],
                 "fills": "deal.platform", "invalidAnswer": "Escolha uma das opções abaixo."},
                {"question": "É um LEAD ou uma AVALIAÇÃO de 15 dias?", "answer": "CHOICE", "options": ["LEAD", "AVALIAÇÃO"],
                 "fills": "deal.type", "invalidAnswer": "Escolha uma das opções abaixo."},
                {"question": "Quais produtos interessam? Marque um ou mais e toque em Pronto.", "answer": "MULTIPLE_CHOICE",
                 "options": ["Loja virtual", "Integração com marketplaces", "Anúncios patrocinados", "Treinamento"],
                 "fills": "deal.products", "doneLabel": "Pronto ✔", "invalidAnswer": "Marque ao menos um produto e toque em Pronto."}
              ],
              "confirmation": "Obrigado, {{contact.name}}! Recebemos o seu cadastro e a nossa equipe comercial entra em contato em breve."
            }""";

    private void addTemplates() {
        template("LEADS - NOVO ENVIO", "LEADS - NOVO ENVIO: {{contact.name}}", """
                Novo lead cadastrado.

                Nome: {{contact.name}}
                E-mail: {{contact.email}}
                Plataforma: {{deal.pipeline}}
                Etapa: {{deal.stage}}
                Produtos: {{deal.products}}
                Responsável: {{deal.responsible}}
                """);
        template("A TRANSFORMAÇÃO ESTÁ A CAMINHO", "A TRANSFORMAÇÃO ESTÁ A CAMINHO", """
                Olá {{contact.name}},

                obrigado pelo seu interesse no autocloud®! Em breve a nossa equipe comercial entra em contato
                para agendar uma apresentação.

                Até logo!
                """);
        template("Feirão Digital - Seu período de 15 dias de avaliação começou",
                "Feirão Digital - Seu período de 15 dias de avaliação começou", """
                Olá {{contact.name}},

                a sua loja está em avaliação no Feirão Digital® por 15 dias a partir de hoje. Estamos à disposição
                para ajudar em tudo o que precisar.
                """);
        template("autocloud - Seu período de 15 dias de avaliação começou",
                "autocloud - Seu período de 15 dias de avaliação começou", """
                Olá {{contact.name}},

                o seu credenciamento no autocloud® foi concluído e a sua avaliação de 15 dias começa hoje.
                Fale com {{deal.responsible}} sempre que precisar.
                """);
        template("Feirão Digital - ATENÇÃO Loja nova em avaliação", "Feirão Digital - ATENÇÃO Loja nova em avaliação: {{contact.name}}", """
                Uma nova loja entrou em avaliação no Feirão Digital®.

                Loja/contato: {{contact.name}} <{{contact.email}}>
                Produtos: {{deal.products}}
                Responsável: {{deal.responsible}}

                Fiquem todos em atenção e apoio à loja durante o período de avaliação.
                """);
        template("ATENÇÃO: Lead criado há mais de 5 dias", "ATENÇÃO: Lead criado há mais de 5 dias: {{contact.name}}", """
                O lead {{contact.name}} <{{contact.email}}> foi criado há mais de 5 dias e continua na etapa {{deal.stage}}.
                """);
        template("ATENÇÃO: Lead criado há mais de 15 dias", "ATENÇÃO: Lead criado há mais de 15 dias: {{contact.name}}", """
                O lead {{contact.name}} <{{contact.email}}> foi criado há mais de 15 dias e continua na etapa {{deal.stage}}.
                """);
    }

    private void template(String name, String subject, String text) {
        templates.create(new MailTemplateDraft(name, MailLanguage.PT_BR.tag(), subject, "", text, false));
    }

    private void addRules(PipelineView autocloud, PipelineView feirao) {
        rule("autocloud: novo lead", "A equipe recebe o lead e o lead recebe as boas-vindas.",
                RuleTrigger.of(TriggerType.DEAL_CREATED), List.of(equals("pipeline", autocloud.id()), equals("stage", stage(autocloud, LEAD))),
                RuleAction.email("LEADS - NOVO ENVIO", List.of("team"), List.of()),
                RuleAction.email("A TRANSFORMAÇÃO ESTÁ A CAMINHO", List.of("contact"), List.of()));
        for (PipelineView pipeline : List.of(autocloud, feirao)) {
            for (int days : new int[] {5, 15}) {
                rule(pipeline.name() + ": lead parado há " + days + " dias",
                        "O lead continua em LEAD " + days + " dias depois: a equipe é avisada por e-mail e o responsável no Telegram.",
                        RuleTrigger.stage(TriggerType.DEAL_IDLE_IN_STAGE, pipeline.id(), stage(pipeline, LEAD), "P" + days + "D"), List.of(),
                        RuleAction.email("ATENÇÃO: Lead criado há mais de " + days + " dias", List.of("team"), List.of()),
                        RuleAction.telegram(List.of("responsible")));
            }
        }
        rule("Feirão Digital: loja nova em avaliação", "O lead recebe o início da avaliação; a equipe e o suporte são avisados.",
                RuleTrigger.stage(TriggerType.DEAL_ENTERED_STAGE, feirao.id(), stage(feirao, AVALIACAO), null), List.of(),
                RuleAction.email("Feirão Digital - Seu período de 15 dias de avaliação começou", List.of("contact"), List.of()),
                RuleAction.email("Feirão Digital - ATENÇÃO Loja nova em avaliação", List.of("team", SUPPORT), List.of()));
        rule("autocloud: avaliação começou", "Credenciado, o lead entra em AVALIAÇÃO e recebe o início da avaliação.",
                RuleTrigger.stage(TriggerType.DEAL_ENTERED_STAGE, autocloud.id(), stage(autocloud, AVALIACAO), null), List.of(),
                RuleAction.email("autocloud - Seu período de 15 dias de avaliação começou", List.of("contact"), List.of()));
    }

    private void rule(String name, String description, RuleTrigger trigger, List<Condition> all, RuleAction... actions) {
        rules.create(new RuleDefinition(name, description, true, trigger, new RuleConditions(all, List.of()), List.of(actions)), "demo");
    }

    private static Condition equals(String field, long id) {
        return new Condition(field, Condition.Op.EQUALS, TextNode.valueOf(String.valueOf(id)));
    }

    private static long stage(PipelineView pipeline, String name) {
        return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
    }
}
