package com.leadwire.forms;

import static com.leadwire.shared.web.OpenApiResponses.content;
import static com.leadwire.shared.web.OpenApiResponses.problem;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The forms routes in OpenAPI (springdoc does not see Camel routes). They are public: no API key. */
@Configuration(proxyBeanMethods = false)
class FormsApiDocumentation {

    private static final String TAG = "Forms and pop-ups";

    @Bean
    OpenApiCustomizer formsRoutes() {
        return openApi -> openApi
                .path("/api/v1/intake/forms/{formKey}", new PathItem()
                        .post(submission("Submit a form", "formKey", "a FORM source's key, e.g. leads"))
                        .options(preflight()))
                .path("/api/v1/intake/popups/{popupKey}", new PathItem()
                        .post(submission("Submit a pop-up", "popupKey", "a POPUP source's key"))
                        .options(preflight()))
                .path("/embed/{key}.js", new PathItem().get(new Operation().addTagsItem(TAG).security(List.of())
                        .summary("The embeddable form or pop-up script")
                        .description("Paste <script src=\".../embed/KEY.js\" async data-target=\"element-id\"></script> into a page. "
                                + "It draws the source's fields (inline, or as a pop-up with its trigger) and posts JSON to the "
                                + "endpoint on the script's own host. Cached for 5 minutes.")
                        .addParametersItem(new PathParameter().name("key").required(true).schema(new StringSchema()))
                        .responses(new ApiResponses()
                                .addApiResponse("200", content("The script", "application/javascript", new StringSchema()))
                                .addApiResponse("404", problem("No active form or pop-up with that key")))))
                .path(FormSubmissions.THANKS_PATH, new PathItem().get(new Operation().addTagsItem(TAG).security(List.of())
                        .summary("Built-in thank-you page for plain HTML posts")
                        .description("Portuguese or English by Accept-Language; shows the form's thankYouText when it has one.")
                        .addParametersItem(new QueryParameter().name("form").schema(new StringSchema()))
                        .responses(new ApiResponses().addApiResponse("200", content("The page", "text/html", new StringSchema())))));
    }

    private static Operation submission(String summary, String keyName, String keyDescription) {
        Schema<?> fields = new ObjectSchema().description("field name → value (text, number, true/false, or a list for repeated "
                + "fields such as products); mapped by the source's settings, unmapped fields become deal custom fields")
                .additionalProperties(new Schema<>());
        return new Operation().addTagsItem(TAG).summary(summary).security(List.of())
                .description("Public endpoint for a site's form. A plain HTML post (urlencoded, Accept not JSON) is redirected "
                        + "(303) to the source's thankYouUrl or the built-in thank-you page; a JSON or Accept: application/json "
                        + "post gets the ids (201). The submission id is the Idempotency-Key header or the submissionId field; "
                        + "a repeat changes nothing. The hidden honeypot field (default 'website') must stay empty.")
                .addParametersItem(new PathParameter().name(keyName).required(true).description(keyDescription)
                        .schema(new StringSchema()))
                .addParametersItem(new HeaderParameter().name("Idempotency-Key").schema(new StringSchema())
                        .description("Your id of this submission; a repeat changes nothing"))
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/x-www-form-urlencoded", new MediaType().schema(fields))
                        .addMediaType("application/json", new MediaType().schema(fields))))
                .responses(new ApiResponses()
                        .addApiResponse("201", content("Accepted (or a repeat)", "application/json", new ObjectSchema()
                                .addProperty("eventId", new Schema<Long>().type("integer"))
                                .addProperty("contactId", new Schema<Long>().type("integer"))
                                .addProperty("dealId", new Schema<Long>().type("integer"))))
                        .addApiResponse("303", new ApiResponse().description("Plain HTML post accepted: go to the thank-you page")
                                .addHeaderObject("Location", new Header().schema(new StringSchema())))
                        .addApiResponse("400", problem("Malformed JSON or urlencoded body"))
                        .addApiResponse("403", problem("Origin not in the source's allowedOrigins"))
                        .addApiResponse("404", problem("No active source of this kind with that key"))
                        .addApiResponse("413", problem("Body larger than leadwire.http.max-body-bytes"))
                        .addApiResponse("415", problem("Neither urlencoded nor JSON"))
                        .addApiResponse("422", problem("Invalid field (e.g. e-mail), a value that is not one of a select's "
                                + "options (a responsible rep who is not an active team member), missing required field or consent, "
                                + "honeypot filled"))
                        .addApiResponse("429", problem("Too many submissions from this address; see Retry-After")
                                .addHeaderObject("Retry-After", new Header().schema(new Schema<Integer>().type("integer")))));
    }

    private static Operation preflight() {
        return new Operation().addTagsItem(TAG).summary("CORS preflight").security(List.of())
                .description("204 with Access-Control-Allow-* for an origin in allowedOrigins (any origin when the list is empty).")
                .responses(new ApiResponses()
                        .addApiResponse("204", new ApiResponse().description("Origin allowed"))
                        .addApiResponse("403", problem("Origin not allowed"))
                        .addApiResponse("404", problem("No such source")));
    }
}
