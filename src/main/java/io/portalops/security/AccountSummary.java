package io.portalops.security;

/**
 * Enough of an account to show it as a name or pick it in a list.
 */
public record AccountSummary(long id, String username, String displayName) {}
