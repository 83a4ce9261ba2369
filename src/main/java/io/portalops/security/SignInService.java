package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sign-ins: browser sessions and API refresh-token families, in one table so that they can be listed and ended from any
 * node (ADR 017). Owners see and end their own; an admin those of any account.
 */
@Service
public class SignInService {

    /** The HTTP session attribute holding the id of the browser sign-in the session belongs to. */
    public static final String SESSION_ATTRIBUTE = SignInService.class.getName() + ".SIGN_IN";

    /** A browser sign-in's "last used" is written at most this often, so that a request costs one read, not a write. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SignInRepository signIns;
    private final AccountRepository accounts;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final Duration refreshTtl;
    private final Duration familyMaxAge;
    private final ApplicationEventPublisher events;

    SignInService(
            SignInRepository signIns,
            AccountRepository accounts,
            CurrentUserProvider currentUser,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            ServerProperties server,
            JwtProperties jwt) {
        this.signIns = signIns;
        this.events = events;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        // Boot always binds a session timeout (30 minutes unless configured); a null would be a binding change
        this.sessionTimeout =
                Objects.requireNonNull(server.getServlet().getSession().getTimeout());
        this.refreshTtl = jwt.refreshTtl();
        this.familyMaxAge = jwt.refreshFamilyMaxAge();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SignInListItem> mine() {
        return active(currentUser.require().accountId());
    }

    /** Ends one of the caller's own sign-ins; another account's id answers as unknown. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endMine(UUID id) {
        long accountId = currentUser.require().accountId();
        SignIn signIn = signIns.findForUpdate(id)
                .filter(s -> s.getAccountId() == accountId && !s.isEnded())
                .orElseThrow(() -> new NotFoundException("Sign-in"));
        signIn.end(clock.instant(), SignInEnd.ENDED_BY_USER);
        events.publishEvent(new SignInsEnded(accountId));
        audit.record(AuditEntry.of(
                "account.sign_in_ended",
                "account",
                accountId,
                Map.of("signIn", id.toString(), "kind", signIn.getKind().name())));
    }

    /** Ends every sign-in of the caller except the one in use; returns how many ended. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int endOthersOfMine() {
        long accountId = currentUser.require().accountId();
        Optional<UUID> current = current();
        int ended = current.isPresent()
                ? signIns.endAllOfAccountExcept(
                        accountId, current.get(), clock.instant(), SignInEnd.ENDED_BY_USER.name())
                : signIns.endAllOfAccount(accountId, clock.instant(), SignInEnd.ENDED_BY_USER.name());
        events.publishEvent(new SignInsEnded(accountId));
        audit.record(AuditEntry.of(
                "account.sign_ins_ended",
                "account",
                accountId,
                Map.of("count", ended, "keptCurrent", current.isPresent())));
        return ended;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SignInListItem> of(long accountId) {
        requireAccount(accountId);
        return active(accountId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int endAllOf(long accountId) {
        Account account = requireAccount(accountId);
        int ended = signIns.endAllOfAccount(accountId, clock.instant(), SignInEnd.ENDED_BY_ADMIN.name());
        events.publishEvent(new SignInsEnded(accountId));
        audit.record(AuditEntry.of(
                "account.sign_ins_ended",
                "account",
                accountId,
                Map.of("username", account.getUsername(), "count", ended)));
        return ended;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void endOf(long accountId, UUID id) {
        Account account = requireAccount(accountId);
        SignIn signIn = signIns.findForUpdate(id)
                .filter(s -> s.getAccountId() == accountId && !s.isEnded())
                .orElseThrow(() -> new NotFoundException("Sign-in"));
        signIn.end(clock.instant(), SignInEnd.ENDED_BY_ADMIN);
        events.publishEvent(new SignInsEnded(accountId));
        audit.record(AuditEntry.of(
                "account.sign_in_ended",
                "account",
                accountId,
                Map.of(
                        "username",
                        account.getUsername(),
                        "signIn",
                        id.toString(),
                        "kind",
                        signIn.getKind().name())));
    }

    /**
     * Checks the browser session of a request, for the filter in front of the UI. Returns the id of its sign-in (a new
     * one for a session that has none yet), or empty when the session must end: its sign-in was ended, or the account
     * was disabled or its credentials or roles changed since the principal was loaded.
     */
    @Transactional
    public Optional<UUID> checkBrowser(@Nullable UUID signInId, AccountUserDetails principal, SignInClient client) {
        Instant now = clock.instant();
        Optional<Account> account = accounts.findById(principal.getAccountId());
        if (account.isEmpty() || !account.get().isEnabled()) {
            return Optional.empty();
        }
        long version = account.get().getCredentialVersion();
        if (signInId == null) {
            // the first request after the login form: the principal was loaded then, so its version dates the sign-in
            if (principal.getCredentialVersion() != version) {
                return Optional.empty();
            }
            SignIn started = signIns.save(new SignIn(
                    UUID.randomUUID(),
                    principal.getAccountId(),
                    SignInKind.BROWSER,
                    version,
                    now,
                    client.userAgent(),
                    client.address()));
            return Optional.of(started.getId());
        }
        Optional<SignIn> found = signIns.findById(signInId);
        if (found.isPresent() && found.get().getAccountId() != principal.getAccountId()) {
            // another account signed in over this session without signing out: the earlier sign-in is over
            found.get().end(now, SignInEnd.SIGNED_OUT);
            return checkBrowser(null, principal, client);
        }
        if (found.isEmpty()
                || found.get().isEnded()
                || found.get().getAccountId() != principal.getAccountId()
                || found.get().getCredentialVersion() != version) {
            return Optional.empty();
        }
        if (found.get().getLastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            found.get().used(now, client.address());
        }
        return Optional.of(signInId);
    }

    /** A browser session ended on this node (sign-out or timeout): its sign-in ends with it. */
    @Transactional
    public void browserSessionEnded(UUID signInId, boolean signedOut) {
        signIns.findById(signInId)
                .ifPresent(s -> s.end(clock.instant(), signedOut ? SignInEnd.SIGNED_OUT : SignInEnd.SESSION_EXPIRED));
    }

    // --- for the token service and the account service

    /** Dated with the credential version the password was checked under, so a change in between leaves it dead at birth. */
    SignIn startApi(UUID familyId, AccountUserDetails account, SignInClient client) {
        return signIns.save(new SignIn(
                familyId,
                account.getAccountId(),
                SignInKind.API,
                account.getCredentialVersion(),
                clock.instant(),
                client.userAgent(),
                client.address()));
    }

    Optional<SignIn> lockFamily(UUID familyId) {
        return signIns.findForUpdate(familyId);
    }

    /** Whether the sign-in exists and has not ended. */
    @Transactional(readOnly = true)
    public boolean isOpen(UUID signInId) {
        return signIns.isOpen(signInId);
    }

    /**
     * Ends every sign-in of the account and outdates every token issued to it (ADR 017); on a change of one's own
     * password, the sign-in in use carries on under it. The version goes up first and is flushed with the sign-ins'
     * update, so that a refresh racing with this one is refused whichever commits first.
     */
    void endAllOfAccount(Account account, SignInEnd reason, boolean keepCurrent) {
        Instant now = clock.instant();
        account.invalidateCredentials(now);
        Optional<UUID> current = keepCurrent ? current() : Optional.empty();
        if (current.isPresent()) {
            signIns.endAllOfAccountExcept(account.getId(), current.get(), now, reason.name());
            signIns.findForUpdate(current.get())
                    .filter(s -> s.getAccountId() == account.getId())
                    .ifPresent(s -> s.continueUnder(account.getCredentialVersion()));
        } else {
            signIns.endAllOfAccount(account.getId(), now, reason.name());
        }
        events.publishEvent(new SignInsEnded(account.getId()));
    }

    Instant familyDeadline(SignIn signIn) {
        return signIn.getStartedAt().plus(familyMaxAge);
    }

    /** The sign-in the caller is using: the browser session's, or the family of the API access token. */
    Optional<UUID> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AccountTokenAuthentication token) {
            String family = token.token().getClaimAsString(TokenService.FAMILY_CLAIM);
            return Optional.ofNullable(family).map(UUID::fromString);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object id = request == null ? null : request.getAttribute(SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
        return id instanceof UUID uuid ? Optional.of(uuid) : Optional.empty();
    }

    private List<SignInListItem> active(long accountId) {
        Instant now = clock.instant();
        Optional<UUID> current = current();
        return signIns.findOpenByAccount(accountId).stream()
                .filter(s -> isAlive(s, now))
                .map(s -> new SignInListItem(
                        s.getId(),
                        s.getKind(),
                        s.getStartedAt(),
                        s.getLastUsedAt(),
                        s.getUserAgent(),
                        s.getClientAddress(),
                        current.map(s.getId()::equals).orElse(false)))
                .toList();
    }

    /** Open rows whose session timed out on a node that died, or whose family expired unused, are not shown. */
    private boolean isAlive(SignIn s, Instant now) {
        if (s.getKind() == SignInKind.BROWSER) {
            return s.getLastUsedAt().plus(sessionTimeout).plus(TOUCH_EVERY).isAfter(now);
        }
        return familyDeadline(s).isAfter(now)
                && s.getLastUsedAt().plus(refreshTtl).isAfter(now);
    }

    private Account requireAccount(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
    }
}
