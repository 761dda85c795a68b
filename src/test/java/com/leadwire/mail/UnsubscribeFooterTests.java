package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnsubscribeFooterTests {

    private static final String URL = "https://crm.example/unsubscribe/abc";

    @Test
    void theLinkGoesBeforeTheLastBodyEndInAnyLetterCaseAndUnderTheText() {
        MailContent mail = new MailContent(List.of("ana@example.com"), List.of(), "Oferta", "Olá Ana",
                "<html><BODY><p>Olá</p></Body></html>");
        MailContent footed = UnsubscribeFooter.added(mail, 7L, URL, "pt-BR");
        assertThat(footed.html()).startsWith("<html><BODY><p>Olá</p><p ").endsWith("Descadastre-se</a></p></Body></html>")
                .contains("href=\"" + URL + "\"");
        assertThat(footed.text()).isEqualTo("Olá Ana\n\n--\nNão quer mais receber estes e-mails? Descadastre-se: " + URL + "\n");
        assertThat(footed.contactId()).isEqualTo(7L);
        assertThat(footed.unsubscribeUrl()).isEqualTo(URL);
    }

    @Test
    void anHtmlWithoutBodyGetsTheLinkAtItsEndInTheContactsLanguage() {
        MailContent mail = new MailContent(List.of("ann@example.com"), List.of(), "Offer", null, "<p>Hi</p>");
        MailContent footed = UnsubscribeFooter.added(mail, 8L, URL, "en");
        assertThat(footed.html()).startsWith("<p>Hi</p>\n<p ").endsWith("Unsubscribe</a></p>");
        assertThat(footed.text()).isNull();
    }
}
