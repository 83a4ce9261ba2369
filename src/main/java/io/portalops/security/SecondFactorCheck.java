package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code step of a sign-in, for the browser's code view and the token endpoint alike (ADR 033). A wrong code counts
 * towards the same progressive wait as a wrong password (ADR 018), and while the account or the address waits no code is
 * checked at all: six digits are guessable only without a limit.
 */
@Component
class SecondFactorCheck {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorCheck.class);

    enum Outcome {
        ACCEPTED,
        REFUSED,
        WAITING
    }

    private final SecondFactorStore store;
    private final TotpCodes codes;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactorCheck(
            SecondFactorStore store,
            TotpCodes codes,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.codes = codes;
        this.throttle = throttle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a TOTP code or, when that is null, a recovery code; commits at once so that a used code stays used. */
    @Transactional
    public Outcome check(long accountId, String username, @Nullable String totp, @Nullable String recoveryCode) {
        Instant now = clock.instant();
        String address = ClientAddress.current();
        if (throttle.isWaiting(accountId, now)
                || throttle.addressWait(address, now).isPresent()) {
            return Outcome.WAITING;
        }
        String method = totp != null ? "totp" : "recovery_code";
        if (accepted(accountId, totp, recoveryCode, now)) {
            throttle.reset(accountId);
            audit.record(new AuditEntry(
                    "auth.second_factor",
                    "account",
                    Long.toString(accountId),
                    Map.of("method", method, "recoveryCodesLeft", store.unusedRecoveryCodes(accountId)),
                    AuditActor.account(accountId, username)));
            return Outcome.ACCEPTED;
        }
        if (!ClientAddress.NONE.equals(address)) {
            throttle.countAddressFailure(address, now);
        }
        throttle.countAccountFailure(accountId, now)
                .filter(failure -> failure.lockedUntil() != null)
                .ifPresent(failure -> {
                    log.warn(
                            "Account {}: {} failed sign-ins (second factor), next attempt not before {}",
                            username,
                            failure.failures(),
                            failure.lockedUntil());
                    events.publishEvent(
                            new AccountLocked(accountId, username, Objects.requireNonNull(failure.lockedUntil())));
                });
        audit.record(new AuditEntry(
                "auth.second_factor_refused",
                "account",
                Long.toString(accountId),
                Map.of("method", method),
                AuditActor.anonymous(username)));
        return Outcome.REFUSED;
    }

    private boolean accepted(long accountId, @Nullable String totp, @Nullable String recoveryCode, Instant now) {
        if (totp != null) {
            return store.find(accountId)
                    .filter(SecondFactorStore.Totp::confirmed)
                    .map(secret -> {
                        OptionalLong step = codes.matchingStep(secret.secret(), totp);
                        return step.isPresent() && store.useStep(accountId, step.getAsLong(), now, false);
                    })
                    .orElse(false);
        }
        return recoveryCode != null && store.useRecoveryCode(accountId, recoveryCode, now);
    }
}
