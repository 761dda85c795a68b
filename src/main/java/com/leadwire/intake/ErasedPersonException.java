package com.leadwire.intake;

import com.leadwire.shared.ConflictException;

/** A replay of an idempotency key whose person was erased: refused, nothing stored, so the person does not come back. */
public class ErasedPersonException extends ConflictException {

    ErasedPersonException() {
        super("erased: the person this idempotency key belonged to was erased; nothing was stored. Send a new key to submit anew.");
    }
}
