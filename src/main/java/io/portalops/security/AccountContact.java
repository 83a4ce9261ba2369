package io.portalops.security;

import org.jspecify.annotations.Nullable;

/**
 * How to reach an account: its name and email address (none for some accounts), e.g. for notifications.
 */
public record AccountContact(
        long id, String displayName, @Nullable String email) {}
