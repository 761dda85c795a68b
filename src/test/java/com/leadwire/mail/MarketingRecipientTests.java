package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MarketingRecipientTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMarketingEmailToAContactNamesTheContactWhereverItsFieldsStand() throws Exception {
        String stored = json.writeValueAsString(new MailContent(List.of("ana@example.com"), List.of(), "Oferta", "texto", "<p>{\"x\":[1]}</p>",
                42L, false, "http://localhost/unsubscribe/t"));
        assertThat(MarketingRecipient.of(json, stored)).contains(42L);
        assertThat(MarketingRecipient.of(json, "{\"transactional\":false,\"nested\":{\"contactId\":7},\"contactId\":9}")).contains(9L);
    }

    @Test
    void aTransactionalEmailAnEmailToNoContactAndAnUnreadablePayloadNameNobody() throws Exception {
        assertThat(MarketingRecipient.of(json, json.writeValueAsString(new MailContent(List.of("a@example.com"), List.of(), "Recibo", "t",
                null, 42L, true, null)))).isEmpty();
        assertThat(MarketingRecipient.of(json, json.writeValueAsString(new MailContent(List.of("rep@example.com"), List.of(), "Novo lead",
                "t", null)))).isEmpty();
        assertThat(MarketingRecipient.of(json, "{\"contactId\": 4")).isEmpty();
        assertThat(MarketingRecipient.of(json, "[1, 2]")).isEmpty();
    }
}
