package io.portalops.security;

import java.time.Instant;

/**
 * Published when repeated failed logins lock an account; the audit log (#7) records it.
 */
record AccountLocked(long accountId, String username, Instant lockedUntil) {}
