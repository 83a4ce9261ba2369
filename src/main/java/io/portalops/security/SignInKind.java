package io.portalops.security;

/** How an account signed in: the login form (a browser session) or the token endpoint (a refresh-token family). */
public enum SignInKind {
    BROWSER,
    API
}
