package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.leadwire.testsupport.MigrationDatabase;

/**
 * V43 moves the templates of before (one plain-text body per name) into Portuguese versions
 * whose text part is the old body and whose HTML part is that text escaped. Run on an own
 * database of each kind, so the rows of before exist when the migration runs.
 */
abstract class MailTemplateMigrationContract {

    private static final String OLD_BODY = "Olá {{contact.name}} & <equipe>\nAté logo";

    abstract MigrationDatabase freshDatabase();

    @Test
    void existingTemplatesBecomePortugueseVersionsWithTextAndEscapedHtml() {
        MigrationDatabase database = freshDatabase();
        JdbcTemplate jdbc = database.jdbc();
        database.migrateTo("42");
        jdbc.update("INSERT INTO mail_template (id, name, subject, body, created_at) VALUES (1, 'Boas-vindas', 'Oi {{contact.name}}', ?, ?)",
                OLD_BODY, Timestamp.from(Instant.now()));

        database.migrateTo("43");

        Map<String, Object> migrated = jdbc.queryForMap("SELECT language, transactional, html_body, text_body FROM mail_template WHERE id = 1");
        assertThat(migrated.get("language")).isEqualTo("pt-BR");
        assertThat(migrated.get("transactional")).isEqualTo(false);
        assertThat(migrated.get("text_body")).isEqualTo(OLD_BODY);
        assertThat(migrated.get("html_body")).isEqualTo("Olá {{contact.name}} &amp; &lt;equipe&gt;<br>\nAté logo");
        jdbc.update("INSERT INTO mail_template (id, name, language, subject, html_body, created_at) VALUES (2, 'Boas-vindas', 'en', 'Hi', '', ?)",
                Timestamp.from(Instant.now()));
        assertThatThrownBy(() -> jdbc.update("INSERT INTO mail_template (id, name, language, subject, html_body, created_at) "
                + "VALUES (3, 'Boas-vindas', 'pt-BR', 'Oi', '', ?)", Timestamp.from(Instant.now())))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
