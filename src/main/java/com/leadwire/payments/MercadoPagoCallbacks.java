package com.leadwire.payments;

import static com.leadwire.payments.PaymentCallbacks.text;

import java.time.Instant;
import java.util.Optional;

import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.web.HttpReply;

/**
 * {@code POST /api/v1/payments/mercadopago?data.id=…&type=payment} (route {@code payments-mercadopago}):
 * a Mercado Pago webhook notification, signed with {@code x-signature}. It names only the payment,
 * so the payment is read from Mercado Pago before anything is stored; the notification's
 * {@code id} is the idempotency key.
 */
@Component("mercadoPagoCallbacks")
class MercadoPagoCallbacks {

    private final PaymentSources sources;
    private final PaymentCallbacks callbacks;
    private final MercadoPagoPayments payments;
    private final PaymentsProperties.MercadoPago properties;

    MercadoPagoCallbacks(PaymentSources sources, PaymentCallbacks callbacks, MercadoPagoPayments payments,
                         PaymentsProperties properties) {
        this.sources = sources;
        this.callbacks = callbacks;
        this.payments = payments;
        this.properties = properties.mercadopago();
    }

    public HttpReply receive(Message message) {
        callbacks.requireJson(message);
        byte[] body = PaymentCallbacks.rawBody(message);
        String dataId = message.getHeader("data.id", String.class);
        String requestId = message.getHeader(MercadoPagoSignature.REQUEST_ID_HEADER, String.class);
        String signature = message.getHeader(MercadoPagoSignature.HEADER, String.class);
        SourceView source = sources.verified(PaymentSources.MERCADOPAGO, properties.sourceKey(),
                secrets -> MercadoPagoSignature.verify(signature, dataId, requestId, secrets, Instant.now(), properties.tolerance()));
        JsonNode notification = callbacks.readObject(body);
        String action = text(notification.path("action"));
        String paymentId = dataId != null ? dataId : text(notification.path("data").path("id"));
        String eventId = Optional.ofNullable(text(notification.path("id")))
                .orElseGet(() -> paymentId + ":" + action + ":" + MercadoPagoSignature.timestamp(signature));
        String type = Optional.ofNullable(message.getHeader("type", String.class)).orElse(text(notification.path("type")));
        if (!"payment".equals(type)) {
            return callbacks.ignored(PaymentSources.MERCADOPAGO, eventId, "notification type " + type);
        }
        if (paymentId == null || !paymentId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInputException("data.id", "data.id must name a payment");
        }
        return payments.find(paymentId)
                .map(payment -> status(payment.status(), payment.statusDetail())
                        .map(status -> callbacks.accept(PaymentSources.MERCADOPAGO, source, new PaymentNews(eventId, paymentId,
                                status, payment.payerEmail(), payment.payerName(), payment.amount(), payment.currency(),
                                payment.description()), body))
                        .orElseGet(() -> callbacks.ignored(PaymentSources.MERCADOPAGO, eventId, "payment status " + payment.status())))
                .orElseGet(() -> callbacks.ignored(PaymentSources.MERCADOPAGO, eventId, "Mercado Pago knows no payment " + paymentId));
    }

    /**
     * Empty for a status that does not change the deal (in_mediation). A pending payment (a boleto, a
     * Pix) that was not paid in time is cancelled with the detail "expired": EXPIRED.
     */
    static Optional<PaymentStatus> status(String mercadoPagoStatus, String detail) {
        return Optional.ofNullable(switch (mercadoPagoStatus == null ? "" : mercadoPagoStatus) {
            case "approved" -> PaymentStatus.SUCCEEDED;
            case "pending", "in_process", "authorized" -> PaymentStatus.NEW;
            case "cancelled" -> "expired".equals(detail) ? PaymentStatus.EXPIRED : PaymentStatus.FAILED;
            case "rejected" -> PaymentStatus.FAILED;
            case "refunded", "charged_back" -> PaymentStatus.REFUNDED;
            default -> null;
        });
    }
}
