package com.leadwire.api;

import static com.leadwire.shared.web.OpenApiResponses.problem;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import com.leadwire.shared.web.OpenApiResponses;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description: springdoc sees the REST controllers; the Camel intake routes are
 * added here, since springdoc cannot see them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String API_KEY_SCHEME = "apiKey";
    /** Answers of any path: components, since an unknown path or method has no operation to list them under. */
    private static final String UNKNOWN_PATH = "UnknownPath";
    private static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";

    @Bean
    OpenAPI leadwireOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Leadwire API").version("v1")
                        .description("Leads and deals from every channel. Errors are application/problem+json (RFC 9457). "
                                + "A path under /api/ that nothing serves answers 404, and a path called with a method it does "
                                + "not take answers 405 with an Allow header."))
                .components(new Components().addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiSecurity.API_KEY_HEADER))
                        .addResponses(UNKNOWN_PATH, problem("No endpoint at this path"))
                        .addResponses(METHOD_NOT_ALLOWED, problem("The path does not take this method")
                                .addHeaderObject(HttpHeaders.ALLOW, new Header().description("the methods the path takes")
                                        .schema(new StringSchema().example("GET, POST")))))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }

    @Bean
    OpenApiCustomizer dealIntakeRoute() {
        return openApi -> openApi.path("/api/v1/deals", new PathItem().post(new Operation()
                .addTagsItem("Deals")
                .summary("Create a deal with its contact")
                .description("The contact is merged by e-mail; the deal lands where its source (or pipelineId/stageId) says. "
                        + "A repeated Idempotency-Key answers the first result again with Idempotent-Replayed: true.")
                .addParametersItem(new HeaderParameter().name("Idempotency-Key").schema(new StringSchema())
                        .description("Your id of this request; a repeat changes nothing"))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(createDealSchema()))))
                .responses(new ApiResponses()
                        .addApiResponse("201", json("Created (or replayed)", new ObjectSchema()
                                .addProperty("eventId", new Schema<Long>().type("integer"))
                                .addProperty("contactId", new Schema<Long>().type("integer"))
                                .addProperty("dealId", new Schema<Long>().type("integer"))))
                        .addApiResponse("400", problem("Malformed JSON"))
                        .addApiResponse("401", problem("Missing or wrong API key"))
                        .addApiResponse("404", problem("Unknown source, pipeline or stage"))
                        .addApiResponse("413", problem("Body too large"))
                        .addApiResponse("415", problem("Not application/json"))
                        .addApiResponse("422", problem("Invalid field (e.g. e-mail)")))));
    }

    private static Schema<?> createDealSchema() {
        Schema<?> fields = new ObjectSchema().additionalProperties(new StringSchema());
        return new ObjectSchema()
                .addProperty("source", new StringSchema().description("source key, e.g. leads-autocloud"))
                .addProperty("contact", new ObjectSchema()
                        .addProperty("email", new StringSchema().format("email"))
                        .addProperty("name", new StringSchema())
                        .addProperty("phone", new StringSchema())
                        .addProperty("country", new StringSchema().description("ISO 3166 alpha-2"))
                        .addProperty("language", new StringSchema().description("e.g. pt-BR"))
                        .addProperty("fields", fields)
                        .required(List.of("email")))
                .addProperty("deal", new ObjectSchema()
                        .addProperty("title", new StringSchema())
                        .addProperty("amount", new Schema<>().type("number"))
                        .addProperty("currency", new StringSchema().description("ISO 4217, e.g. BRL"))
                        .addProperty("products", new Schema<>().type("array").items(new StringSchema()))
                        .addProperty("pipelineId", new Schema<>().type("integer"))
                        .addProperty("stageId", new Schema<>().type("integer"))
                        .addProperty("responsible", new StringSchema().description("a rep's username or name"))
                        .addProperty("fields", fields))
                .required(List.of("contact"));
    }

    static ApiResponse json(String description, Schema<?> schema) {
        return OpenApiResponses.content(description, "application/json", schema);
    }
}
