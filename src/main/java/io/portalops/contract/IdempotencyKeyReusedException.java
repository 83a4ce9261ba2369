package io.portalops.contract;

import io.portalops.shared.RuleViolationException;

/** An Idempotency-Key came back with a different request than the one it was first used for. Nothing was done. */
public class IdempotencyKeyReusedException extends RuleViolationException {
    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request. Use a new key for a new request.", 422);
    }
}
