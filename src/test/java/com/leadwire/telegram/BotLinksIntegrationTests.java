package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.TelegramTestSupport;

/** With the bot on, a flow's deep link names the bot as the Bot API's getMe does. */
class BotLinksIntegrationTests extends TelegramTestSupport {

    @Autowired
    BotLinks links;

    @Test
    void aFlowsDeepLinkStartsTheBotWithTheSourcesKey() {
        assertThat(links.deepLink("telegram-leads")).contains("https://t.me/leadwire_test_bot?start=telegram-leads");
        assertThat(BOT_API.calls("getme")).isNotEmpty();
    }
}
