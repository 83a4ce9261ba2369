package io.portalops.security;

/** Why a sign-in ended; stored in {@code sign_in.ended_reason}. */
enum SignInEnd {
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DISABLED,
    ROLES_CHANGED,
    ENDED_BY_USER,
    ENDED_BY_ADMIN,
    SIGNED_OUT,
    SESSION_EXPIRED,
    FAMILY_EXPIRED,
    REFRESH_REUSE,
    CREDENTIALS_CHANGED,
    ACCOUNT_UNUSABLE,
    UNLINKED,
    TWO_FACTOR_RESET
}
