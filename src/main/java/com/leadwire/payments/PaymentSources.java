package com.leadwire.payments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SignatureRejectedException;

/**
 * The payment sources callbacks arrive for, and their signing secrets: the source's own secret,
 * the {@code previousSecrets} of its settings (kept valid during a rotation) and those configured
 * under {@code leadwire.payments.secrets.<source key>}. A source without any answers 401.
 */
@Component
class PaymentSources {

    static final String STRIPE = "stripe";
    static final String MERCADOPAGO = "mercadopago";
    static final String GENERIC = "generic";

    private static final Logger log = LoggerFactory.getLogger(PaymentSources.class);

    /** The part of a payment source's settings this module owns. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(List<String> previousSecrets) {
    }

    private final Sources sources;
    private final PaymentsProperties properties;
    private final ChannelRejections rejections;
    private final ObjectMapper json;

    PaymentSources(Sources sources, PaymentsProperties properties, ChannelRejections rejections, ObjectMapper json) {
        this.sources = sources;
        this.properties = properties;
        this.rejections = rejections;
        this.json = json;
    }

    /**
     * The active payment source {@code key} of this provider, once the callback's signature passed;
     * a rejection is counted and answered 401, an unknown source 404.
     */
    SourceView verified(String provider, String key, SignatureCheck check) {
        SourceView source = sources.findByKey(key)
                .filter(found -> found.kind() == SourceKind.PAYMENT && found.active() && providerOf(found).equals(provider))
                .orElseThrow(() -> new NotFoundException("no active " + provider + " payment source '" + key + "'"));
        try {
            List<String> secrets = secretsOf(source);
            if (secrets.isEmpty()) {
                throw new SignatureRejectedException("no signing secret is configured for payment source '" + key + "'");
            }
            check.verify(secrets);
            return source;
        } catch (SignatureRejectedException rejected) {
            rejections.record(provider, key, rejected.getMessage());
            throw rejected;
        }
    }

    String providerOf(SourceView source) {
        if (source.key().equals(properties.stripe().sourceKey())) {
            return STRIPE;
        }
        return source.key().equals(properties.mercadopago().sourceKey()) ? MERCADOPAGO : GENERIC;
    }

    List<String> secretsOf(SourceView source) {
        Set<String> secrets = new LinkedHashSet<>(properties.configuredSecrets(source.key()));
        if (source.secret() != null && !source.secret().isBlank()) {
            secrets.add(source.secret());
        }
        settingsOf(source).previousSecrets().stream().filter(secret -> secret != null && !secret.isBlank()).forEach(secrets::add);
        return new ArrayList<>(secrets);
    }

    List<SourceView> all() {
        return sources.all().stream().filter(source -> source.kind() == SourceKind.PAYMENT).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportUnsignedSources() {
        all().stream().filter(SourceView::active).filter(source -> secretsOf(source).isEmpty()).forEach(source ->
                log.warn("Payment source '{}' ({}) has no signing secret (set leadwire.payments.secrets.{} or the source's secret): "
                        + "its callbacks are answered 401", source.key(), providerOf(source), source.key()));
    }

    private Settings settingsOf(SourceView source) {
        if (source.settings() == null || source.settings().isBlank()) {
            return new Settings(List.of());
        }
        try {
            Settings settings = json.readValue(source.settings(), Settings.class);
            return settings.previousSecrets() == null ? new Settings(List.of()) : settings;
        } catch (JsonProcessingException e) {
            log.warn("Payment source '{}' has unreadable settings; its previous secrets are ignored", source.key());
            return new Settings(List.of());
        }
    }
}
