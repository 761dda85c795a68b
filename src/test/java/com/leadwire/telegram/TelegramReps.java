package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** Reps for the Telegram tests, linked the way a rep does it (API code, then /start link-… to the bot); unlinked after each test. */
final class TelegramReps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Team team;
    private final Http api;
    private final List<Long> linked = new ArrayList<>();

    TelegramReps(Team team, Http api) {
        this.team = team;
        this.api = api;
    }

    record Rep(TeamMember member, long chatId) {
    }

    TeamMember newRep() {
        String username = Unique.key("rep");
        return team.add(username, "Rep " + username, username + "@team.example", Role.REP, null);
    }

    String linkCode(long userId) {
        var response = api.postJson("/api/v1/team/" + userId + "/telegram-link-code", "");
        assertThat(response.statusCode()).isEqualTo(201);
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("code").asText();
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    Rep linkedRep(TestBotApi bot, long chatId) {
        TeamMember member = newRep();
        int before = bot.sentTo(chatId).size();
        bot.sendText(chatId, "/start link-" + linkCode(member.id()));
        await().atMost(Duration.ofSeconds(15)).until(() -> bot.sentTo(chatId).size() > before);
        assertThat(bot.lastSentTo(chatId).text()).contains("Linked");
        linked.add(member.id());
        return new Rep(team.findById(member.id()).orElseThrow(), chatId);
    }

    void unlinkAll() {
        linked.forEach(team::unlinkTelegram);
        linked.clear();
    }
}
