package io.portalops.security;

import java.time.Instant;

/** An account's link to its identity provider, for the Accounts screen. */
public record AccountLinkItem(
        long accountId, String providerId, String providerName, String issuer, String subject, Instant linkedAt) {}
