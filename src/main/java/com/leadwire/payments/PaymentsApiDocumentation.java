package com.leadwire.payments;

import static com.leadwire.shared.web.OpenApiResponses.problem;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The payment callback routes in OpenAPI (springdoc cannot see Camel routes). They carry signatures, not API keys. */
@Configuration(proxyBeanMethods = false)
class PaymentsApiDocumentation {

    @Bean
    OpenApiCustomizer paymentCallbackRoutes() {
        return openApi -> openApi
                .path("/api/v1/payments/stripe", callback("Stripe webhook event",
                        "Verified with Stripe-Signature (t=…,v1=…; HMAC-SHA256 of \"<t>.<body>\", 300 s tolerance). Handles "
                                + "checkout.session.completed / async_payment_succeeded / async_payment_failed / expired (EXPIRED), payment_intent.created / "
                                + "succeeded / payment_failed and charge.refunded; other types are answered 200 and ignored. The event id "
                                + "is the idempotency key.",
                        new ObjectSchema().addProperty("id", new StringSchema().example("evt_1"))
                                .addProperty("type", new StringSchema().example("checkout.session.completed"))
                                .addProperty("data", new ObjectSchema().addProperty("object", new ObjectSchema())),
                        List.of(header(StripeSignature.HEADER, "t=<unix seconds>,v1=<hex HMAC-SHA256>")), Map.of()))
                .path("/api/v1/payments/mercadopago", callback("Mercado Pago webhook notification",
                        "Verified with x-signature (ts=…,v1=…; HMAC-SHA256 of \"id:<data.id>;request-id:<x-request-id>;ts:<ts>;\"; "
                                + "ts in Unix seconds or milliseconds, 24 h tolerance). "
                                + "The payment is read from Mercado Pago's API; when that fails the answer is 503 and nothing is stored, "
                                + "so Mercado Pago retries. The notification id is the idempotency key.",
                        new ObjectSchema().addProperty("id", new Schema<>().type("integer"))
                                .addProperty("type", new StringSchema().example("payment"))
                                .addProperty("action", new StringSchema().example("payment.updated"))
                                .addProperty("data", new ObjectSchema().addProperty("id", new StringSchema())),
                        List.of(header(MercadoPagoSignature.HEADER, "ts=<ts>,v1=<hex HMAC-SHA256>"),
                                header(MercadoPagoSignature.REQUEST_ID_HEADER, "Mercado Pago's request id (part of the signed manifest)"),
                                new QueryParameter().name("data.id").schema(new StringSchema()).description("the payment id"),
                                new QueryParameter().name("type").schema(new StringSchema()).description("payment (others are ignored)")),
                        Map.of("503", "Mercado Pago's API cannot be asked now; retry")))
                .path("/api/v1/payments/generic/{providerKey}", callback("Payment event of any other provider",
                        "Strict JSON (unknown property → 422) signed with X-Signature: sha256=<hex HMAC-SHA256 of the raw body> "
                                + "with the payment source's secret. eventId is the idempotency key; later events of one paymentId move "
                                + "its deal, never back from a higher status (new < expired < failed < succeeded < refunded).",
                        new ObjectSchema()
                                .addProperty("eventId", new StringSchema())
                                .addProperty("paymentId", new StringSchema())
                                .addProperty("status", new StringSchema()._enum(List.of("new", "expired", "succeeded", "failed", "refunded")))
                                .addProperty("email", new StringSchema().format("email"))
                                .addProperty("name", new StringSchema())
                                .addProperty("amount", new Schema<>().type("number"))
                                .addProperty("currency", new StringSchema().description("ISO 4217, e.g. BRL"))
                                .addProperty("product", new StringSchema())
                                .required(List.of("eventId", "paymentId", "status", "email")),
                        List.of(header(GenericCallbacks.SIGNATURE_HEADER, "sha256=<hex HMAC-SHA256 of the body>"),
                                new PathParameter().name("providerKey").required(true).schema(new StringSchema())
                                        .description("the payment source's key")),
                        Map.of("422", "Unknown property, missing field or bad value")));
    }

    private static PathItem callback(String summary, String description, Schema<?> body, List<Parameter> parameters,
                                     Map<String, String> moreProblems) {
        Operation operation = new Operation().addTagsItem("Payments").summary(summary).description(description)
                .security(List.of())
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(body))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Accepted, a repeat, or ignored").content(new Content()
                                .addMediaType("application/json", new MediaType().schema(new ObjectSchema()
                                        .addProperty("eventId", new Schema<>().type("integer"))
                                        .addProperty("dealId", new Schema<>().type("integer"))
                                        .addProperty("repeated", new Schema<>().type("boolean"))
                                        .addProperty("ignored", new StringSchema())))))
                        .addApiResponse("400", problem("Body is not JSON"))
                        .addApiResponse("401", problem("Signature missing, wrong or too old; nothing stored"))
                        .addApiResponse("404", problem("No such active payment source"))
                        .addApiResponse("415", problem("Not application/json"))
                        .addApiResponse("422", problem("Missing field or bad value (e.g. the payer's e-mail)")));
        parameters.forEach(operation::addParametersItem);
        moreProblems.forEach((status, problem) -> operation.getResponses().addApiResponse(status, problem(problem)));
        return new PathItem().post(operation);
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter().name(name).required(!name.equals(MercadoPagoSignature.REQUEST_ID_HEADER))
                .schema(new StringSchema()).description(description);
    }
}
