package io.portalops.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account, from the UI and the API alike, and locks the account for a while after too many.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final AccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(AccountRepository accounts, Clock clock, ApplicationEventPublisher events,
            @Value("${portalops.security.lockout.max-failures:5}") int maxFailures,
            @Value("${portalops.security.lockout.duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findBySignInName(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.recordFailedLogin(clock.instant(), maxFailures, lockFor)) {
                log.warn("Account {} locked after {} failed logins", account.getUsername(), maxFailures);
                events.publishEvent(new AccountLocked(account.getId(), account.getUsername(), account.getLockedUntil()));
            }
        });
    }

    /**
     * A sign-in with the password. Every API request authenticated by a bearer token also fires this event; those are not
     * sign-ins, and writing the account row (optimistically locked) on each of them made concurrent requests of one
     * account fail with a lost-update error.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof AccountTokenAuthentication) {
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            accounts.findById(details.getAccountId()).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
        }
    }
}
