package com.leadwire.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.team.Team;
import com.leadwire.testsupport.TelegramTestSupport;

/** Telegram tests with sales reps: each test links the reps it needs; they are unlinked after it. */
abstract class LinkedRepsTestSupport extends TelegramTestSupport {

    @Autowired
    Team team;

    TelegramReps reps;

    @BeforeEach
    void prepareReps() {
        reps = new TelegramReps(team, api());
    }

    @AfterEach
    void unlinkReps() {
        reps.unlinkAll();
    }
}
