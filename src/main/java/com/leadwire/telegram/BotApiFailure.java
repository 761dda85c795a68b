package com.leadwire.telegram;

import java.time.Duration;

/** Why a Bot API call did not work, in the terms the callers act on. */
sealed class BotApiFailure extends RuntimeException {

    BotApiFailure(String message) {
        super(message);
    }

    /** 429: Telegram says when to try again. */
    static final class RateLimited extends BotApiFailure {
        final Duration retryAfter;

        RateLimited(Duration retryAfter, String message) {
            super(message);
            this.retryAfter = retryAfter;
        }
    }

    /** 400/403: the request itself is refused (chat not found, bot blocked); retrying will not help. */
    static final class Rejected extends BotApiFailure {
        final int code;

        Rejected(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The Bot API did not answer, or answered with a server error: try again later. */
    static final class Unavailable extends BotApiFailure {
        Unavailable(String message) {
            super(message);
        }
    }
}
