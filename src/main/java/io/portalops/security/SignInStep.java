package io.portalops.security;

/** What a browser sign-in still needs after the password (ADR 033). */
public enum SignInStep {
    /** Nothing: the sign-in is complete. */
    NONE,
    /** A code from the authenticator, or a recovery code. */
    CODE,
    /** A role requires a second factor that the account has not set up: enrolment comes first. */
    ENROL
}
