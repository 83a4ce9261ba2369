package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.NotFoundException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins see which accounts sign in through a provider, and can unlink one (ADR 031): the account keeps its data and
 * roles, loses its sign-ins, and has no way in until an admin sets a password or its owner signs in through SSO again,
 * which then provisions a new account.
 */
@Service
public class AccountLinks {

    private final AccountLinkRepository links;
    private final AccountRepository accounts;
    private final SignInService signIns;
    private final SsoRegistrations registrations;
    private final AuditLog audit;

    AccountLinks(
            AccountLinkRepository links,
            AccountRepository accounts,
            SignInService signIns,
            SsoRegistrations registrations,
            AuditLog audit) {
        this.links = links;
        this.accounts = accounts;
        this.signIns = signIns;
        this.registrations = registrations;
        this.audit = audit;
    }

    /** Every link, by account id. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, AccountLinkItem> all() {
        return links.findAll().stream()
                .map(this::toItem)
                .collect(Collectors.toMap(AccountLinkItem::accountId, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlink(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        AccountLink link = links.findByAccountId(accountId).orElseThrow(() -> new NotFoundException("Account link"));
        links.delete(link);
        signIns.endAllOfAccount(account, SignInEnd.UNLINKED, false);
        audit.record(AuditEntry.of(
                "account.unlinked",
                "account",
                accountId,
                Map.of(
                        "username",
                        account.getUsername(),
                        "provider",
                        link.getProviderId(),
                        "issuer",
                        link.getIssuer(),
                        "subject",
                        link.getSubject())));
    }

    /** Whether the account signs in through a provider, and so has no password here. */
    @Transactional(readOnly = true)
    public boolean isLinked(long accountId) {
        return links.findByAccountId(accountId).isPresent();
    }

    private AccountLinkItem toItem(AccountLink link) {
        OidcProperties.Provider provider = registrations.providers().get(link.getProviderId());
        String name = provider == null ? link.getProviderId() : provider.displayNameOr(link.getProviderId());
        return new AccountLinkItem(
                link.getAccountId(),
                link.getProviderId(),
                name,
                link.getIssuer(),
                link.getSubject(),
                link.getLinkedAt());
    }
}
