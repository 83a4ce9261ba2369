package io.portalops.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The caller's second factor: whether it is set up, how many recovery codes are left, and whether a role requires it. */
public record TwoFactorStatus(
        boolean enrolled, @Nullable Instant enrolledAt, int recoveryCodesLeft, boolean required) {}
