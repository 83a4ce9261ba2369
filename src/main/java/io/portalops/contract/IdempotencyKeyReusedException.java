package io.portalops.contract;

/** An Idempotency-Key came back with a different request than the one it was first used for. Nothing was done. */
public class IdempotencyKeyReusedException extends io.portalops.shared.RuleViolationException {
    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request. Use a new key for a new request.", 422);
    }
}
