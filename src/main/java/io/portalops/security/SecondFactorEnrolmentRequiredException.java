package io.portalops.security;

import org.springframework.security.core.AuthenticationException;

/** The password was right, but a role of the account requires a second factor that it has not set up yet. */
public class SecondFactorEnrolmentRequiredException extends AuthenticationException {

    public SecondFactorEnrolmentRequiredException() {
        super("Two-factor enrolment is required");
    }
}
