package com.leadwire.automation.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;

/** Which URLs a webhook may call; IP literals, so that no test depends on DNS. */
class WebhookUrlsTests {

    private static WebhookProperties allowingPrivate(boolean allowed) {
        return new WebhookProperties(allowed, Duration.ofSeconds(5), 4, 8, Duration.ofMillis(200), Duration.ofMillis(100));
    }

    private final WebhookUrls urls = new WebhookUrls(allowingPrivate(false));

    @Test
    void loopbackPrivateLinkLocalCgnatAndUniqueLocalAddressesArePrivate() throws Exception {
        for (String address : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "255.255.255.255",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "::ffff:10.0.0.1", "::127.0.0.1")) {
            assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "192.169.0.1",
                "2606:4700:4700::1111", "2a00:1450::1")) {
            assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void aUrlOnAPrivateAddressIsRefusedWhenSavedAndAtEveryAttempt() throws Exception {
        for (String url : List.of("http://127.0.0.1:8080/hook", "https://10.1.2.3/hook", "http://[::1]/hook",
                "http://169.254.169.254/latest/meta-data", "http://100.100.1.1/x", "http://localhost/hook")) {
            assertThatThrownBy(() -> urls.checkedForSaving(url)).as(url)
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("url");
                        assertThat(refused.getMessage()).contains("private or loopback address");
                    });
            assertThat(urls.refusal(URI.create(url))).as(url).hasValueSatisfying(reason ->
                    assertThat(reason).contains("allow-private-addresses"));
        }
        assertThat(urls.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
        assertThat(urls.checkedForSaving("https://93.184.216.34/hook")).hasHost("93.184.216.34");
    }

    @Test
    void withPrivateAddressesAllowedALocalReceiverIsFine() throws Exception {
        WebhookUrls allowing = new WebhookUrls(allowingPrivate(true));

        assertThat(allowing.checkedForSaving("http://127.0.0.1:8080/hook")).hasPort(8080);
        assertThat(allowing.refusal(URI.create("http://10.0.0.1/hook"))).isEmpty();
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAndNoCredentialsAreSaved() {
        WebhookUrls allowing = new WebhookUrls(allowingPrivate(true));
        for (String url : List.of("", "   ", "/relative/hook", "ftp://93.184.216.34/x", "file:///etc/passwd", "javascript:alert(1)",
                "http://", "http://user:secret@93.184.216.34/x", "http://93.184.216.34/x#part", "http://exa mple.com/x",
                "https://93.184.216.34/" + "x".repeat(WebhookUrls.MAX_LENGTH))) {
            assertThatThrownBy(() -> allowing.checkedForSaving(url)).as(url).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> allowing.checkedForSaving(null)).isInstanceOf(InvalidInputException.class);
    }
}
