package io.portalops.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in throttle (ADR 018): a progressive delay per account and per client address, and the window in which
 * failed sign-ins are audited as one row.
 *
 * @param maxFailures        consecutive failures of one account after which each further attempt must wait
 * @param baseDelay          the account's first wait; it doubles with each further failure
 * @param maxDelay           the account's longest wait: never a lock that lasts
 * @param resetAfter         failures older than this no longer count against the account
 * @param addressMaxFailures failures from one client address, over all accounts, after which that address waits
 * @param addressBaseDelay   the address's first wait; it doubles with each further failure
 * @param addressMaxDelay    the address's longest wait
 * @param addressResetAfter  failures older than this no longer count against the address
 * @param auditWindow        failed sign-ins of one account (or typed name) within this window share one audit row
 */
@ConfigurationProperties("portalops.security.lockout")
record LockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("1m") Duration baseDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("24h") Duration resetAfter,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("1m") Duration addressBaseDelay,
        @DefaultValue("1h") Duration addressMaxDelay,
        @DefaultValue("1h") Duration addressResetAfter,
        @DefaultValue("15m") Duration auditWindow) {

    LockoutProperties {
        if (maxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("portalops.security.lockout: the failure thresholds must be at least 1");
        }
    }
}
