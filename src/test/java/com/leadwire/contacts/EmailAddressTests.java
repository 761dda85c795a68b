package com.leadwire.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.leadwire.shared.InvalidInputException;

class EmailAddressTests {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.parse("  Maria.Silva@Example.COM ").value()).isEqualTo("maria.silva@example.com");
    }

    @Test
    void writesInternationalDomainsInAscii() {
        assertThat(EmailAddress.parse("loja@Feirão.com.br").value()).isEqualTo("loja@xn--feiro-dra.com.br");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "@example.com", "a@", "a@b", "a..b@example.com", ".a@example.com",
        "a@exa mple.com", "<script>@example.com", "a@-example.com"})
    void refusesWhatIsNoAddress(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "email");
    }

    @Test
    void theMailboxDropsPlusTagsEverywhereAndDotsOnlyAtGmail() {
        assertThat(EmailAddress.parse("Ana.Souza+promo@GoogleMail.com").mailbox()).isEqualTo("anasouza@gmail.com");
        assertThat(EmailAddress.parse("a.n.a.souza@gmail.com").mailbox()).isEqualTo("anasouza@gmail.com");
        assertThat(EmailAddress.parse("ana.souza+crm@empresa.com.br").mailbox()).isEqualTo("ana.souza@empresa.com.br");
        assertThat(EmailAddress.parse("+only@example.com").mailbox()).isEqualTo("+only@example.com");
    }
}
