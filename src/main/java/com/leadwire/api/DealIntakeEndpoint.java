package com.leadwire.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.contacts.ContactDetails;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.web.HttpReply;
import com.leadwire.shared.web.JsonBodies;

/**
 * {@code POST /api/v1/deals} (route {@code api-create-deal}): a deal with its contact, through
 * the intake path. A repeated {@code Idempotency-Key} answers the first result again, marked
 * with {@code Idempotent-Replayed: true}.
 */
@Component("dealIntakeEndpoint")
class DealIntakeEndpoint {

    private final IntakeService intake;
    private final JsonBodies bodies;
    private final ObjectMapper json;

    DealIntakeEndpoint(IntakeService intake, JsonBodies bodies, ObjectMapper json) {
        this.intake = intake;
        this.bodies = bodies;
        this.json = json;
    }

    public HttpReply create(Message message) throws JsonProcessingException {
        bodies.requireJson(message.getHeader(Exchange.CONTENT_TYPE, String.class));
        byte[] body = message.getBody(byte[].class);
        String idempotencyKey = message.getHeader("Idempotency-Key", String.class);
        CreateDealRequest request = bodies.read(body, CreateDealRequest.class);
        if (request.contact() == null) {
            throw new InvalidInputException("contact", "contact with an e-mail is required");
        }
        CreateDealRequest.Contact contact = request.contact();
        CreateDealRequest.Deal deal = request.deal() == null
                ? new CreateDealRequest.Deal(null, null, null, null, null, null, null, null) : request.deal();
        IntakeResult result = intake.accept(new IntakeEvent(Channel.API, request.source(), idempotencyKey,
                new String(body, StandardCharsets.UTF_8),
                new ContactDetails(contact.email(), contact.name(), contact.phone(), contact.country(), contact.language(),
                        contact.fields(), null, null),
                new DealRequest(deal.title(), deal.amount(), deal.currency(), deal.products(), deal.pipelineId(), deal.stageId(),
                        deal.responsible(), deal.fields(), null),
                ApiSecurity.callerName()));
        String answer = json.writeValueAsString(Map.of("eventId", result.eventId(), "contactId", result.contactId(),
                "dealId", result.dealId()));
        HttpReply reply = HttpReply.json(201, answer).withHeader("Location", "/api/v1/deals/" + result.dealId());
        return result.repeated() ? reply.withHeader("Idempotent-Replayed", "true") : reply;
    }
}
