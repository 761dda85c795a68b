package com.leadwire.outbox;

/**
 * Delivers the messages of one channel. Throwing means "not delivered, try again later";
 * {@link PermanentFailure} means "will never work" and sends the row straight to dead.
 */
public interface OutboxSender {

    OutboxChannel channel();

    void send(PendingMessage message) throws Exception;

    /** A message that cannot ever be delivered (bad address, blocked by the recipient). */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message) {
            super(message);
        }
    }
}
