package com.leadwire.forms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.camel.Message;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.web.HttpReply;

/**
 * {@code POST /api/v1/intake/forms/{formKey}} and {@code /popups/{popupKey}} (routes
 * {@code intake-form-submission}, {@code intake-popup-submission}): checks origin, rate limit,
 * honeypot and the form's rules, maps the fields and hands the event to intake. A plain HTML
 * post is answered with a 303 to the thank-you page, a script's JSON post with the ids (201).
 */
@Component("formSubmissions")
class FormSubmissions {

    static final String THANKS_PATH = "/embed/thanks";
    private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

    private final FormSources sources;
    private final TeamOptions teamOptions;
    private final SubmissionReader reader;
    private final SubmissionRateLimit rateLimit;
    private final IntakeService intake;
    private final ObjectMapper json;
    private final Clock clock;

    FormSubmissions(FormSources sources, TeamOptions teamOptions, SubmissionReader reader, SubmissionRateLimit rateLimit,
                    IntakeService intake, ObjectMapper json) {
        this.sources = sources;
        this.teamOptions = teamOptions;
        this.reader = reader;
        this.rateLimit = rateLimit;
        this.intake = intake;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    public HttpReply form(Message message) throws JsonProcessingException {
        return submit(SourceKind.FORM, postOf(message));
    }

    public HttpReply popup(Message message) throws JsonProcessingException {
        return submit(SourceKind.POPUP, postOf(message));
    }

    /** The JSON answer to a script's post. */
    record Answer(long eventId, long contactId, Long dealId) {
    }

    HttpReply submit(SourceKind kind, FormPost post) throws JsonProcessingException {
        Accepted accepted = accept(kind, post);
        FormSettings settings = accepted.source().settings();
        IntakeResult result = accepted.result();
        HttpReply reply = post.wantsPage()
                ? HttpReply.redirect(settings.thankYouUrl() != null ? settings.thankYouUrl()
                        : UriComponentsBuilder.fromPath(THANKS_PATH).queryParam("form", accepted.source().key()).build().toUriString())
                : HttpReply.json(201, json.writeValueAsString(new Answer(result.eventId(), result.contactId(), result.dealId())));
        return result.repeated() ? reply.withHeader("Idempotent-Replayed", "true") : reply;
    }

    /** A submission the form took, and what intake made of it. */
    record Accepted(FormSources.FormSource source, IntakeResult result) {
    }

    /** Every check of a post and its hand-over to intake: the endpoints and a source's test both come through here. */
    Accepted accept(SourceKind kind, FormPost post) {
        FormSources.FormSource source = sources.require(kind, post.sourceKey());
        FormSettings settings = source.settings();
        if (post.origin() != null && !settings.allowsOrigin(post.origin())) {
            throw new ForbiddenException("this form does not accept posts from " + post.origin());
        }
        rateLimit.take(source.key(), post.clientAddress(), settings);
        FormSubmission submission = reader.read(post.contentType(), post.body());
        if (submission.isFilled(settings.honeypot())) {
            log.info("Submission to {} '{}' refused as spam: honeypot field filled", kind, source.key());
            throw new InvalidInputException(settings.honeypot(),
                    "the submission looks automated (the hidden field '" + settings.honeypot() + "' must stay empty); nothing was stored");
        }
        FieldMapping.Mapped mapped = FieldMapping.map(submission, teamOptions.refilledIfUnknown(settings, submission), clock);
        IntakeResult result = intake.accept(new IntakeEvent(kind == SourceKind.POPUP ? Channel.POPUP : Channel.FORM, source.key(),
                idempotencyKeyOf(post, submission), new String(post.body(), StandardCharsets.UTF_8), mapped.contact(), mapped.deal(),
                null));
        return new Accepted(source, result);
    }

    private static String idempotencyKeyOf(FormPost post, FormSubmission submission) {
        return post.idempotencyKey() != null && !post.idempotencyKey().isBlank() ? post.idempotencyKey()
                : submission.text(FieldMapping.SUBMISSION_ID);
    }

    /** Everything from the servlet request itself: Camel's headers mix in query parameters. */
    private static FormPost postOf(Message message) {
        if (!(message instanceof PlatformHttpMessage http)
                || !(http.getRequest().getAttribute(FormRequestFilter.BODY) instanceof FormRequestFilter.SubmittedBody body)) {
            throw new IllegalStateException("form submissions arrive over platform-http through FormRequestFilter");
        }
        HttpServletRequest request = http.getRequest();
        String key = FormPath.of(request.getRequestURI()).map(FormPath::key).orElseThrow();
        return new FormPost(key, body.contentType(), request.getHeader("Accept"), request.getHeader("Origin"),
                request.getHeader("Idempotency-Key"), request.getRemoteAddr(), body.bytes());
    }
}
