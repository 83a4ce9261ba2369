package io.portalops.security;

import org.springframework.security.core.AuthenticationException;

/** The password was right, but the account uses TOTP and no code came with it. */
public class SecondFactorRequiredException extends AuthenticationException {

    public SecondFactorRequiredException() {
        super("A second factor is required");
    }
}
