package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP as a second factor (ADR 033): each account sets up its own from the user menu and keeps its recovery codes; an
 * admin can only remove one, with a reason. Methods for "the caller" need only a signed-in caller, since they also serve
 * a sign-in that has passed the password but not yet the second step.
 */
@Service
public class TwoFactorService {

    static final int MAX_REASON = 500;

    private final SecondFactorStore store;
    private final SecondFactorCheck check;
    private final TotpCodes codes;
    private final MfaPolicyService policy;
    private final MfaProperties properties;
    private final AccountRepository accounts;
    private final SignInService signIns;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final Clock clock;

    TwoFactorService(
            SecondFactorStore store,
            SecondFactorCheck check,
            TotpCodes codes,
            MfaPolicyService policy,
            MfaProperties properties,
            AccountRepository accounts,
            SignInService signIns,
            CurrentUserProvider currentUser,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.check = check;
        this.codes = codes;
        this.policy = policy;
        this.properties = properties;
        this.accounts = accounts;
        this.signIns = signIns;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        Account account = caller();
        var totp = store.find(account.getId()).filter(SecondFactorStore.Totp::confirmed);
        return new TwoFactorStatus(
                totp.isPresent(),
                totp.map(SecondFactorStore.Totp::confirmedAt).orElse(null),
                store.unusedRecoveryCodes(account.getId()),
                policy.requiredFor(account.getRoles()));
    }

    /** What the caller's new browser sign-in needs after its password, read once per sign-in by the session gate. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SignInStep stepAfterPassword() {
        Account account = caller();
        if (store.isEnrolled(account.getId())) {
            return SignInStep.CODE;
        }
        return policy.requiredFor(account.getRoles()) ? SignInStep.ENROL : SignInStep.NONE;
    }

    /** The code step of the caller's browser sign-in: a TOTP code, or with {@code recovery} a recovery code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CodeCheckResult checkSignInCode(String code, boolean recovery) {
        Account account = caller();
        String typed = bounded(code, "code");
        return switch (check.check(
                account.getId(), account.getUsername(), recovery ? null : typed, recovery ? typed : null)) {
            case ACCEPTED -> CodeCheckResult.ACCEPTED;
            case REFUSED -> CodeCheckResult.REFUSED;
            case WAITING -> CodeCheckResult.WAITING;
        };
    }

    /** A fresh secret for the caller to scan; refused once a confirmed one exists (an admin reset removes that). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TotpEnrolment startEnrolment() {
        Account account = caller();
        String secret = codes.newSecret();
        if (!store.startEnrolment(account.getId(), secret, clock.instant())) {
            throw new InvalidInputException("code", "Two-factor authentication is already set up for this account.");
        }
        return new TotpEnrolment(
                secret,
                codes.otpauthUri(properties.issuer(), account.getUsername(), secret),
                codes.qrDataUri(properties.issuer(), account.getUsername(), secret));
    }

    /** Confirms the pending secret with a code from it; returns the ten recovery codes, which are never shown again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmEnrolment(String code) {
        Account account = caller();
        Instant now = clock.instant();
        var pending = store.find(account.getId())
                .filter(t -> !t.confirmed())
                .orElseThrow(() -> new InvalidInputException(
                        "code", "Start the setup first: no authenticator is waiting for a code."));
        OptionalLong step = codes.matchingStep(pending.secret(), bounded(code, "code"));
        if (step.isEmpty() || !store.useStep(account.getId(), step.getAsLong(), now, true)) {
            throw new InvalidInputException(
                    "code", "The code is not correct. Check the time on your phone and type the current code.");
        }
        List<String> recoveryCodes = codes.newRecoveryCodes();
        store.replaceRecoveryCodes(account.getId(), recoveryCodes, now);
        audit.record(AuditEntry.of(
                "account.two_factor_enrolled", "account", account.getId(), Map.of("username", account.getUsername())));
        return recoveryCodes;
    }

    /** New recovery codes in place of all old ones, against a fresh code from the authenticator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> regenerateRecoveryCodes(String code) {
        Account account = caller();
        Instant now = clock.instant();
        var totp = store.find(account.getId())
                .filter(SecondFactorStore.Totp::confirmed)
                .orElseThrow(() ->
                        new InvalidInputException("code", "Two-factor authentication is not set up for this account."));
        OptionalLong step = codes.matchingStep(totp.secret(), bounded(code, "code"));
        if (step.isEmpty() || !store.useStep(account.getId(), step.getAsLong(), now, false)) {
            throw new InvalidInputException(
                    "code", "The code is not correct, or it was used already. Wait for the next code.");
        }
        List<String> recoveryCodes = codes.newRecoveryCodes();
        store.replaceRecoveryCodes(account.getId(), recoveryCodes, now);
        audit.record(AuditEntry.of(
                "account.recovery_codes_regenerated",
                "account",
                account.getId(),
                Map.of("username", account.getUsername())));
        return recoveryCodes;
    }

    /**
     * Removes an account's second factor, e.g. after a lost phone, and ends all its sign-ins (ADR 017): whoever held a
     * session on the strength of the old factor must sign in again. The account sets up a new one at its next sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long accountId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Give a reason of at most " + MAX_REASON + " characters.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        if (!store.remove(accountId)) {
            throw new InvalidInputException("reason", "This account has no second factor to reset.");
        }
        signIns.endAllOfAccount(account, SignInEnd.TWO_FACTOR_RESET, false);
        audit.record(AuditEntry.of(
                "account.two_factor_reset",
                "account",
                accountId,
                Map.of("username", account.getUsername(), "reason", why)));
    }

    /** Which of these accounts have a second factor, for the Accounts screen. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Long> enrolledAmong(Collection<Long> accountIds) {
        return store.enrolledAmong(accountIds);
    }

    private Account caller() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow(() -> new NotFoundException("Account"));
    }

    /** Codes are short; anything long is not one, and is refused before any work. */
    private static String bounded(String code, String field) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw new InvalidInputException(field, "Type the code.");
        }
        return code;
    }
}
