package io.portalops.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The second step of a browser sign-in, kept in its HTTP session (ADR 033). The state is tied to the sign-in
 * ({@link SignInService#SESSION_ATTRIBUTE}): a new sign-in over the same session starts again from its password step.
 */
public final class SecondFactorSession {

    /** The {@link State} of the session's current sign-in. */
    public static final String STATE = SecondFactorSession.class.getName() + ".STATE";
    /** Set by an SSO sign-in whose identity provider vouched for a second factor; read once, when the sign-in starts. */
    public static final String SATISFIED_BY_IDENTITY_PROVIDER = SecondFactorSession.class.getName() + ".IDP";

    /** What the sign-in {@code signInId} of {@code accountId} still needs. */
    public record State(long accountId, @Nullable UUID signInId, SignInStep pending) implements Serializable {}

    private SecondFactorSession() {}

    /**
     * The hook for single sign-on: call it from the SSO success handler, before the redirect, when the identity provider
     * asserted a second factor (its {@code amr}/{@code acr} claim) and the provider is configured to be trusted for it.
     * The sign-in that starts next in this session, for this account, then needs no code and no enrolment here.
     */
    public static void markSatisfiedByIdentityProvider(HttpSession session, long accountId) {
        session.setAttribute(SATISFIED_BY_IDENTITY_PROVIDER, accountId);
    }
}
