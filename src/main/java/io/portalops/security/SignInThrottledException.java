package io.portalops.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * The client address has failed too often and must wait before its next sign-in attempt. Says nothing about the
 * account, so it may be told: the API answers 429 with Retry-After.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this address.");
        this.retryAfter = retryAfter;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }
}
