package com.leadwire.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one prospect chat is in its bot flow: the step to answer next and the answers so far
 * (by the field they fill; a multiple choice in progress holds its picks).
 */
record Conversation(long chatId, long telegramUserId, String sourceKey, int stepIndex, Map<String, String> answers,
                    Status status, long lastUpdateId, Long dealId) {

    enum Status { ACTIVE, COMPLETED, CANCELLED }

    Conversation {
        answers = Map.copyOf(answers);
    }

    static Conversation started(long chatId, long telegramUserId, String sourceKey, long updateId) {
        return new Conversation(chatId, telegramUserId, sourceKey, 0, Map.of(), Status.ACTIVE, updateId, null);
    }

    boolean active() {
        return status == Status.ACTIVE;
    }

    /** An update at or before the last one handled is a redelivery. */
    boolean alreadySeen(long updateId) {
        return updateId <= lastUpdateId;
    }

    Conversation answered(String fills, String value, boolean advance, long updateId) {
        Map<String, String> next = new LinkedHashMap<>(answers);
        if (value == null) {
            next.remove(fills);
        } else {
            next.put(fills, value);
        }
        return new Conversation(chatId, telegramUserId, sourceKey, advance ? stepIndex + 1 : stepIndex, next, status,
                Math.max(updateId, lastUpdateId), dealId);
    }

    Conversation seen(long updateId) {
        return new Conversation(chatId, telegramUserId, sourceKey, stepIndex, answers, status,
                Math.max(updateId, lastUpdateId), dealId);
    }

    Conversation completed(long newDealId) {
        return new Conversation(chatId, telegramUserId, sourceKey, stepIndex, answers, Status.COMPLETED, lastUpdateId, newDealId);
    }

    Conversation cancelled(long updateId) {
        return new Conversation(chatId, telegramUserId, sourceKey, stepIndex, answers, Status.CANCELLED,
                Math.max(updateId, lastUpdateId), dealId);
    }
}
