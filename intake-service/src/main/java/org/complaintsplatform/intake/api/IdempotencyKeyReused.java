package org.complaintsplatform.intake.api;

/** The idempotency key was used before by this tenant for a different body. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String idempotencyKey) {
        super("Idempotency-Key '" + idempotencyKey + "' was already used with a different request body");
    }
}
