package com.leadwire.automation.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leadwire.shared.InvalidInputException;

/**
 * Where a webhook may go: an absolute http(s) URL with a host, no credentials, and, unless
 * {@code leadwire.webhooks.allow-private-addresses} is set, a host that resolves to public
 * addresses only. Checked when a subscription is saved and again before every attempt, since
 * a name may resolve elsewhere later. (The HTTP client resolves the name once more when it
 * connects; a name that changes its answer in between is not caught.)
 */
@Component
class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;

    WebhookUrls(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivateAddresses();
    }

    /** The URL to save, or an {@link InvalidInputException} on {@code url} that says what is wrong. */
    URI checkedForSaving(String url) {
        URI uri = parsed(url);
        try {
            refusal(uri).ifPresent(reason -> {
                throw new InvalidInputException("url", reason);
            });
        } catch (UnknownHostException unknown) {
            throw new InvalidInputException("url", "the host " + uri.getHost() + " cannot be resolved");
        }
        return uri;
    }

    /** Why a delivery must not go to this URL now (a private address), or empty; a host that does not resolve throws. */
    Optional<String> refusal(URI uri) throws UnknownHostException {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses = InetAddress.getAllByName(uri.getHost());
        return Arrays.stream(addresses).filter(PrivateAddresses::isPrivate).findFirst()
                .map(address -> uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a private or loopback address; webhooks may only call public addresses"
                        + " (leadwire.webhooks.allow-private-addresses)");
    }

    private static URI parsed(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "a webhook needs a URL");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "the URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidInputException("url", "the URL must be an absolute http or https URL with a host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("url", "the URL must not hold a user name or password; the signature authenticates us");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "the URL must not have a #fragment");
        }
        return uri;
    }
}
