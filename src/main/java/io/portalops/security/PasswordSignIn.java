package io.portalops.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with a password, for the login form and the token endpoint alike (ADR 018).
 * <ol>
 * <li>A client address that failed too often waits (429 on the API) before any password is hashed.</li>
 * <li>The password is always hashed: against the account's hash, or a dummy hash when no account has that name.</li>
 * <li>Only then is the account's state decided: a disabled or waiting account is refused exactly like a wrong
 * password, after the same work, so neither the answer nor its time tells an attacker which it was.</li>
 * </ol>
 * Counting is done in SQL ({@link LoginThrottle}), never through the optimistically locked entity. An account with TOTP
 * has a second step ({@link #withSecondFactor}, ADR 033).
 */
class PasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);
    static final String REFUSED = "Bad credentials";

    private final AccountUserDetailsService userDetails;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final FailedSignInAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;
    private final SignInMetrics metrics;
    private final PasswordLoginProperties passwordLogin;
    private final SecondFactorStore secondFactors;
    private final SecondFactorCheck check;
    private final MfaPolicyService policy;

    PasswordSignIn(
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            FailedSignInAudit audit,
            ApplicationEventPublisher events,
            Clock clock,
            SignInMetrics metrics,
            PasswordLoginProperties passwordLogin,
            SecondFactorStore secondFactors,
            SecondFactorCheck check,
            MfaPolicyService policy) {
        this.passwordLogin = passwordLogin;
        this.secondFactors = secondFactors;
        this.check = check;
        this.policy = policy;
        this.metrics = metrics;
        this.userDetails = userDetails;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        // same encoder and strength as real hashes, so an unknown name costs what a known one does
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        if (!passwordLogin.allows(typed)) {
            // passwords are switched off (SSO only) for every name but the break-glass account: nothing to count
            metrics.failed();
            throw new BadCredentialsException(REFUSED);
        }
        String address = ClientAddress.current();
        Optional<Duration> wait = throttle.addressWait(address, clock.instant());
        if (wait.isPresent()) {
            metrics.throttled();
            throw new SignInThrottledException(wait.get());
        }
        // an SSO account has no password here (ADR 031): it answers like an unknown name, and typing its name locks
        // nothing
        Optional<AccountUserDetails> account =
                userDetails.findBySignInName(typed).filter(a -> a.getPassword() != null);
        boolean matches = passwordEncoder.matches(
                password, account.map(AccountUserDetails::getPassword).orElse(dummyHash));
        Instant now = clock.instant();
        if (account.isPresent() && matches) {
            AccountUserDetails principal = account.get();
            SecondFactorCode code = authentication.getDetails() instanceof SecondFactorCode sent ? sent : null;
            if (secondFactors.isEnrolled(principal.getAccountId())) {
                return withSecondFactor(principal, code, typed, address, now);
            }
            if (throttle.admitAndReset(principal.getAccountId(), now)) {
                // a one-shot (API) sign-in cannot enrol on the way; a browser is sent to enrolment by the session gate
                if (code != null && policy.requiredFor(principal.getRoles())) {
                    throw new SecondFactorEnrolmentRequiredException();
                }
                metrics.succeeded();
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            }
        }
        refuse(account, typed, matches, address, now);
        metrics.failed();
        throw new BadCredentialsException(REFUSED);
    }

    /**
     * An account with TOTP (ADR 033). Its failures are not reset by the password alone. A browser sign-in ends here with
     * the password step and the session gate asks for the code; a token request must carry the code itself.
     */
    private Authentication withSecondFactor(
            AccountUserDetails principal, @Nullable SecondFactorCode code, String typed, String address, Instant now) {
        if (!throttle.admit(principal.getAccountId(), now)) {
            refuse(Optional.of(principal), typed, true, address, now);
            metrics.failed();
            throw new BadCredentialsException(REFUSED);
        }
        if (code != null) {
            if (code.isEmpty()) {
                throw new SecondFactorRequiredException();
            }
            SecondFactorCheck.Outcome outcome = check.check(
                    principal.getAccountId(),
                    principal.getUsername(),
                    blankToNull(code.totp()),
                    blankToNull(code.totp()) == null ? code.recoveryCode() : null);
            if (outcome != SecondFactorCheck.Outcome.ACCEPTED) {
                metrics.failed();
                throw new BadCredentialsException(REFUSED);
            }
        }
        metrics.succeeded();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void refuse(
            Optional<AccountUserDetails> account, String typed, boolean passwordMatched, String address, Instant now) {
        // only requests from the network have an address to throttle; a call outside one (a job, a test) has none
        if (!ClientAddress.NONE.equals(address)) {
            throttle.countAddressFailure(address, now).ifPresent(addressWait -> metrics.addressLocked());
        }
        if (account.isPresent() && !passwordMatched) {
            AccountUserDetails details = account.get();
            throttle.countAccountFailure(details.getAccountId(), now)
                    .filter(failure -> failure.lockedUntil() != null)
                    .ifPresent(failure -> {
                        log.warn(
                                "Account {}: {} failed sign-ins, next attempt not before {}",
                                details.getUsername(),
                                failure.failures(),
                                failure.lockedUntil());
                        metrics.accountLocked();
                        events.publishEvent(new AccountLocked(
                                details.getAccountId(),
                                details.getUsername(),
                                Objects.requireNonNull(failure.lockedUntil())));
                    });
        }
        audit.refused(account.map(AccountUserDetails::getAccountId).orElse(null), typed, address, now);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
