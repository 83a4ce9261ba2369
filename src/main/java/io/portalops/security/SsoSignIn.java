package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Just-in-time provisioning at every SSO sign-in (ADR 031): the account is found by the provider's (issuer, subject),
 * never by e-mail; the first sign-in creates it; name, e-mail and roles follow the provider's claims each time. A role
 * change from the mapping ends the account's other sign-ins and tokens like an admin's role change (ADR 017).
 */
@Service
class SsoSignIn {

    /** The columns of {@code account_link}. */
    static final int MAX_SUBJECT = 255;

    static final int MAX_ISSUER = 500;

    private final SsoRegistrations registrations;
    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final SignInService signIns;
    private final AuditLog audit;
    private final Clock clock;

    SsoSignIn(
            SsoRegistrations registrations,
            AccountRepository accounts,
            AccountLinkRepository links,
            SignInService signIns,
            AuditLog audit,
            Clock clock) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.links = links;
        this.signIns = signIns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account the provider's user signs in as; refused when no group is mapped or the account is disabled. */
    @Transactional(noRollbackFor = SsoRefusedException.class)
    SsoAccountUser signIn(String providerId, OidcUser user) {
        OidcProperties.Provider provider = registrations.providers().get(providerId);
        if (provider == null) {
            throw new IllegalArgumentException("No OIDC provider " + providerId);
        }
        String issuer = SsoClaims.issuer(
                Objects.requireNonNull(user.getIdToken().getIssuer(), "iss").toString());
        String subject = Objects.requireNonNull(user.getSubject(), "sub");
        if (subject.length() > MAX_SUBJECT || issuer.length() > MAX_ISSUER) {
            // OpenID Connect Core caps sub at 255 ASCII characters; a provider that sends more is refused, not stored
            // cut
            refuse(
                    null,
                    providerId,
                    subject.substring(0, Math.min(subject.length(), MAX_SUBJECT)),
                    SsoRefusedException.INVALID_SUBJECT,
                    "The provider sent a subject or issuer longer than " + MAX_SUBJECT + " or " + MAX_ISSUER
                            + " characters.");
        }
        Set<Role> roles = mappedRoles(provider, user.getClaims().get(provider.groupsClaim()));
        Instant now = clock.instant();
        Account account = links.findByIssuerAndSubject(issuer, subject)
                .map(link -> accounts.findById(link.getAccountId()).orElseThrow())
                .orElse(null);
        if (account == null) {
            if (roles.isEmpty()) {
                refuse(
                        null,
                        providerId,
                        subject,
                        SsoRefusedException.NO_MAPPED_GROUP,
                        "None of your groups at " + provider.displayNameOr(providerId) + " gives access to PortalOps.");
            }
            account = provision(providerId, issuer, subject, user, roles, now);
        } else {
            follow(account, providerId, user, roles, now);
            if (roles.isEmpty()) {
                refuse(
                        account,
                        providerId,
                        subject,
                        SsoRefusedException.NO_MAPPED_GROUP,
                        "None of your groups at " + provider.displayNameOr(providerId)
                                + " gives access to PortalOps any more.");
            }
            if (!account.isEnabled()) {
                refuse(
                        account,
                        providerId,
                        subject,
                        SsoRefusedException.DISABLED,
                        "Your PortalOps account is disabled.");
            }
        }
        accounts.recordSignIn(account.getId(), now);
        audit.record(new AuditEntry(
                "auth.login",
                "account",
                account.getId().toString(),
                Map.of("via", "oidc", "provider", providerId, "issuer", issuer),
                AuditActor.account(account.getId(), account.getUsername())));
        return new SsoAccountUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.isEnabled(),
                account.getRoles(),
                account.getCredentialVersion(),
                providerId,
                user.getIdToken(),
                user.getUserInfo());
    }

    private Account provision(
            String providerId, String issuer, String subject, OidcUser user, Set<Role> roles, Instant now) {
        String username = freeUsername(SsoClaims.usernameBase(user), providerId);
        Account account = accounts.save(
                new Account(username, SsoClaims.displayName(user), SsoClaims.email(user), null, roles, false, now));
        // flushed here, so that a parallel first sign-in of the same user fails now, inside this call (SsoLogin
        // retries)
        links.saveAndFlush(new AccountLink(account.getId(), providerId, issuer, subject, now));
        audit.record(new AuditEntry(
                "account.provisioned",
                "account",
                account.getId().toString(),
                Map.of(
                        "username",
                        username,
                        "provider",
                        providerId,
                        "issuer",
                        issuer,
                        "subject",
                        subject,
                        "roles",
                        roleNames(roles)),
                AuditActor.account(account.getId(), username)));
        return account;
    }

    /** Name, e-mail and roles as the provider says now; a role change ends every earlier sign-in (ADR 017). */
    private void follow(Account account, String providerId, OidcUser user, Set<Role> roles, Instant now) {
        AuditActor actor = AuditActor.account(account.getId(), account.getUsername());
        String name = SsoClaims.displayName(user);
        String email = SsoClaims.email(user);
        if (!account.getDisplayName().equals(name) || !Objects.equals(account.getEmail(), email)) {
            account.changeDetails(name, email);
            audit.record(new AuditEntry(
                    "account.details_changed",
                    "account",
                    account.getId().toString(),
                    Map.of("username", account.getUsername(), "source", providerId),
                    actor));
        }
        Set<Role> before = account.getRoles();
        if (!before.equals(roles)) {
            account.changeRoles(roles);
            signIns.endAllOfAccount(account, SignInEnd.ROLES_CHANGED, false);
            audit.record(new AuditEntry(
                    "account.roles_changed",
                    "account",
                    account.getId().toString(),
                    Map.of(
                            "username",
                            account.getUsername(),
                            "before",
                            roleNames(before),
                            "after",
                            roleNames(roles),
                            "source",
                            providerId),
                    actor));
        }
    }

    private void refuse(@Nullable Account account, String providerId, String subject, String code, String message) {
        Map<String, Object> details = new HashMap<>(Map.of("provider", providerId, "subject", subject, "reason", code));
        audit.record(new AuditEntry(
                "auth.sso_refused",
                "account",
                account == null ? null : account.getId().toString(),
                details,
                account == null
                        ? AuditActor.anonymous(subject)
                        : AuditActor.account(account.getId(), account.getUsername())));
        throw new SsoRefusedException(code, message);
    }

    /** The roles the user's groups map to; a claim that is not a string or a list of strings maps to none. */
    static Set<Role> mappedRoles(OidcProperties.Provider provider, @Nullable Object claim) {
        Collection<?> groups =
                claim instanceof Collection<?> c ? c : claim instanceof String s ? List.of(s) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object group : groups) {
            Map<String, Role> mapping = provider.roleMapping();
            Role role = group instanceof String g && mapping != null ? mapping.get(g) : null;
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The provider's name for the user if no account has it, else qualified by the provider, else numbered. */
    private String freeUsername(String base, String providerId) {
        if (accounts.findByUsernameIgnoreCase(base).isEmpty()) {
            return base;
        }
        String qualified = SsoClaims.fit(base + "." + providerId);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? qualified : SsoClaims.fit(base + "." + providerId + n);
            if (accounts.findByUsernameIgnoreCase(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static List<String> roleNames(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
