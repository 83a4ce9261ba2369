package io.portalops.security;

import org.jspecify.annotations.Nullable;

/** Where a sign-in comes from, as the request tells it: shown to the account's owner so they recognise their devices. */
public record SignInClient(
        @Nullable String userAgent, @Nullable String address) {

    public static final SignInClient UNKNOWN = new SignInClient(null, null);
}
