package io.portalops.security;

/**
 * A way to sign in other than the password form, as the login page lists it. Only OpenID Connect providers today; a
 * SAML provider would be a second kind with its own URL (ADR 032).
 */
public record SignInOption(String id, String displayName, String url) {}
