package io.portalops.security;

import io.portalops.shared.InvalidInputException;
import java.util.Locale;

/**
 * Rules for passwords people choose. Demo accounts are exempt on purpose: their password is their username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

    static void check(String username, String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > 128) {
            throw new InvalidInputException(field, "Use at most 128 characters.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "The password must not contain the username.");
        }
        if (password.chars().distinct().count() < 5) {
            throw new InvalidInputException(field, "Use a less repetitive password.");
        }
    }
}
