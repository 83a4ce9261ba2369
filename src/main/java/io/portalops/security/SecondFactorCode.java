package io.portalops.security;

import org.jspecify.annotations.Nullable;

/**
 * The second factor sent with a password to the token endpoint, passed as the authentication request's details. Its
 * presence marks a one-shot sign-in: an account with TOTP must then prove it in the same request (ADR 033).
 */
public record SecondFactorCode(
        @Nullable String totp, @Nullable String recoveryCode) {

    boolean isEmpty() {
        return isBlank(totp) && isBlank(recoveryCode);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
