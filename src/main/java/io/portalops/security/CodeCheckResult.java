package io.portalops.security;

/** The answer to a code typed at the code step. */
public enum CodeCheckResult {
    ACCEPTED,
    /** Wrong, already used, or no second factor; counted towards the wait. */
    REFUSED,
    /** The account or the address waits after too many failures; the code was not checked. */
    WAITING
}
