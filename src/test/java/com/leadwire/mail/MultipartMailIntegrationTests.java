package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.Rules;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;

/** A rule's e-mail reaches the mail server in the contact's language, as HTML with its plain-text alternative. */
@OnH2
class MultipartMailIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MailTemplates templates;

    @Autowired
    Rules rules;

    private String ruleSendingATemplateInTwoLanguages() {
        String source = Unique.key("welcome-source");
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/sources",
                "{\"kind\": \"API\", \"key\": \"%s\", \"name\": \"Welcome\"}".formatted(source)).statusCode()).isEqualTo(201);
        String name = Unique.key("Welcome");
        templates.create(new MailTemplateDraft(name, "pt-BR", "Olá {{contact.name}}", "<p>Olá <b>{{contact.name}}</b></p>",
                "Olá {{contact.name}}", false));
        templates.create(new MailTemplateDraft(name, "en", "Hello {{contact.name}}", "<p>Hello <b>{{contact.name}}</b></p>",
                "Hello {{contact.name}}", false));
        rules.create(TestRules.emailOnNewDealFrom(Unique.key("Welcome rule"), source, name, "contact"), "test");
        return source;
    }

    private MimeMessage receivedAfterANewDeal(String source, String email, String name, String language) {
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", """
                {"source": "%s", "contact": {"email": "%s", "name": "%s", "language": "%s"}}"""
                .formatted(source, email, name, language)).statusCode()).isEqualTo(201);
        // the demo's welcome rule mails the contact too; the rule's own e-mail names the contact in its subject
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(email).stream()
                .filter(mail -> subject(mail).contains(name)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEnglishSpeakingContactGetsTheEnglishVersionAsHtmlWithItsTextAlternative() throws Exception {
        String email = Unique.email("english");

        MimeMessage mail = receivedAfterANewDeal(ruleSendingATemplateInTwoLanguages(), email, "Ann & <Co>", "en-US");

        assertThat(mail.getSubject()).isEqualTo("Hello Ann & <Co>");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        // a marketing e-mail to the contact ends with their unsubscribe link, in their language, in both parts
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).startsWith("Hello Ann & <Co>\n\n--\n")
                .containsPattern("Unsubscribe: http\\S+/unsubscribe/\\S+\n$");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).startsWith("<p>Hello <b>Ann &amp; &lt;Co&gt;</b></p>")
                .containsPattern("<a href=\"http\\S+/unsubscribe/\\S+\">Unsubscribe</a></p>$");
    }

    @Test
    void aContactInAnotherLanguageGetsThePortugueseVersion() throws Exception {
        String email = Unique.email("frances");

        MimeMessage mail = receivedAfterANewDeal(ruleSendingATemplateInTwoLanguages(), email, "Amélie", "fr");

        assertThat(mail.getSubject()).isEqualTo("Olá Amélie");
    }
}
