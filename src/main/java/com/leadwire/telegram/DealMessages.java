package com.leadwire.telegram;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Telegram messages on a deal's timeline, oldest first (for the panel's deal view). */
@Service
@Transactional(readOnly = true)
public class DealMessages {

    private final DealMessageRows rows;

    DealMessages(DealMessageRows rows) {
        this.rows = rows;
    }

    public List<DealMessageView> of(long dealId) {
        return rows.of(dealId);
    }
}
