package io.portalops.calendar;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal iCal feed (ADR 041): each account may hold one token; only its hash is stored. The feed is rendered as
 * the token's account, loaded now (roles as they are today; a disabled or locked account gets nothing), so every
 * source applies the same scope as in the UI.
 */
@Service
public class CalendarFeeds {

    /** The feed covers a month back and the rest of the maximum range ahead. */
    static final int DAYS_BACK = 31;

    private final FeedTokenStore store;
    private final CurrentUserProvider currentUser;
    private final AccountService accounts;
    private final UserDetailsService userDetails;
    private final CalendarService calendar;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(
            FeedTokenStore store,
            CurrentUserProvider currentUser,
            AccountService accounts,
            UserDetailsService userDetails,
            CalendarService calendar,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the caller's current token was made; empty when they have none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> tokenCreatedAt() {
        return store.createdAt(currentUser.require().accountId());
    }

    /**
     * Makes a new token for the caller, replacing (and so revoking) any earlier one. The token is returned this once;
     * only its hash is kept.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String regenerateToken() {
        long accountId = currentUser.require().accountId();
        String token = FeedToken.generate();
        boolean replaced = store.createdAt(accountId).isPresent();
        store.put(accountId, FeedToken.hash(token), clock.instant());
        audit.record(AuditEntry.of(
                "calendar.feed_token_created", "account", accountId, Map.of("replacedEarlierToken", replaced)));
        return token;
    }

    /** Revokes the caller's token: its URL answers 404 from now on. False when there was none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean revokeToken() {
        long accountId = currentUser.require().accountId();
        boolean revoked = store.delete(accountId);
        if (revoked) {
            audit.record(AuditEntry.of("calendar.feed_token_revoked", "account", accountId, Map.of()));
        }
        return revoked;
    }

    /**
     * The feed of a token, as iCalendar text, with links built on {@code baseUrl}; empty for a malformed, unknown or
     * revoked token, or an account that may no longer sign in. Called without a signed-in user.
     */
    public Optional<String> feed(String token, String baseUrl) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<UserDetails> account = store.accountOf(FeedToken.hash(token)).flatMap(this::loadAccount);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        UserDetails user = account.get();
        LocalDate today = LocalDate.now(clock);
        CalendarQuery query = CalendarQuery.of(
                today.minusDays(DAYS_BACK), today.minusDays(DAYS_BACK).plusDays(CalendarQuery.MAX_DAYS - 1));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asAccount = SecurityContextHolder.createEmptyContext();
        asAccount.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(asAccount);
        try {
            return Optional.of(IcalWriter.write(calendar.deadlines(query), baseUrl, clock.instant()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Optional<UserDetails> loadAccount(long accountId) {
        AccountSummary summary = accounts.summaries(Set.of(accountId)).get(accountId);
        if (summary == null) {
            return Optional.empty();
        }
        try {
            UserDetails user = userDetails.loadUserByUsername(summary.username());
            return user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }
}
