package com.leadwire.payments;

import org.springframework.stereotype.Component;

import com.leadwire.pipeline.SourceView;

/** Where a payment source's provider posts its callbacks, for the admin to give the provider. */
@Component
public class PaymentEndpoints {

    private final PaymentSources sources;

    PaymentEndpoints(PaymentSources sources) {
        this.sources = sources;
    }

    /** {@code stripe}, {@code mercadopago} or {@code generic}. */
    public String providerOf(SourceView source) {
        return sources.providerOf(source);
    }

    /** The callback path of this source, e.g. {@code /api/v1/payments/generic/pagamentos}. */
    public String pathOf(SourceView source) {
        String provider = sources.providerOf(source);
        return "/api/v1/payments/" + provider + (provider.equals(PaymentSources.GENERIC) ? "/" + source.key() : "");
    }

    /** Whether any signing secret (the source's own, a previous one or a configured one) would verify its callbacks. */
    public boolean signed(SourceView source) {
        return !sources.secretsOf(source).isEmpty();
    }
}
