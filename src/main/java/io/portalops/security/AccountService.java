package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and their roles. Administration is for ADMIN only; every account may change its own password.
 */
@Service
@Validated
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final SignInService signIns;
    private final AccountPasswords passwords;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUserProvider currentUser,
            Clock clock,
            AuditLog audit,
            SignInService signIns,
            AccountPasswords passwords) {
        this.passwords = passwords;
        this.audit = audit;
        this.signIns = signIns;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountListItem> list() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(this::toListItem)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem create(@Valid NewAccount command) {
        if (accounts.findByUsernameIgnoreCase(command.username()).isPresent()) {
            throw new InvalidInputException("username", "An account with this username already exists.");
        }
        PasswordPolicy.check(command.username(), command.initialPassword(), "initialPassword");
        Account account = new Account(
                command.username(),
                command.displayName().strip(),
                command.email(),
                passwordEncoder.encode(command.initialPassword()),
                command.roles(),
                true,
                clock.instant());
        Account saved = accounts.save(account);
        audit.record(AuditEntry.of(
                "account.created",
                "account",
                saved.getId(),
                Map.of("username", saved.getUsername(), "roles", roleNames(command.roles()))));
        return toListItem(saved);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem changeRoles(long accountId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role.");
        }
        Account account = get(accountId);
        if (account.getId() == currentUser.require().accountId() && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own ADMIN role.");
        }
        List<String> before = roleNames(account.getRoles());
        if (account.getRoles().equals(roles)) {
            return toListItem(account);
        }
        account.changeRoles(roles);
        signIns.endAllOfAccount(account, SignInEnd.ROLES_CHANGED, false);
        audit.record(AuditEntry.of(
                "account.roles_changed",
                "account",
                account.getId(),
                Map.of("username", account.getUsername(), "before", before, "after", roleNames(roles))));
        return toListItem(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem setEnabled(long accountId, boolean enabled) {
        Account account = get(accountId);
        if (!enabled && account.getId() == currentUser.require().accountId()) {
            throw new InvalidInputException("enabled", "You cannot disable your own account.");
        }
        if (account.isEnabled() == enabled) {
            return toListItem(account);
        }
        account.setEnabled(enabled);
        if (!enabled) {
            signIns.endAllOfAccount(account, SignInEnd.DISABLED, false);
        }
        audit.record(AuditEntry.of(
                enabled ? "account.enabled" : "account.disabled",
                "account",
                account.getId(),
                Map.of("username", account.getUsername())));
        return toListItem(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem unlock(long accountId) {
        Account account = get(accountId);
        account.unlock();
        accounts.clearSignInFailures(accountId);
        audit.record(AuditEntry.of(
                "account.unlocked", "account", account.getId(), Map.of("username", account.getUsername())));
        return toListItem(account);
    }

    /** Sets a temporary password that its owner must change at the next login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem resetPassword(long accountId, String temporaryPassword) {
        Account account = get(accountId);
        passwords.reset(account, temporaryPassword);
        return toListItem(account);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        passwords.changeOwn(get(currentUser.require().accountId()), currentPassword, newPassword);
    }

    /** Name, e-mail, roles and enabled at once, as the accounts API's PUT sets them; each change as its own action would. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountListItem update(long accountId, @Valid AccountUpdate update) {
        Account account = get(accountId);
        if (!account.getDisplayName().equals(update.displayName())
                || !Objects.equals(account.getEmail(), update.email())) {
            account.changeDetails(update.displayName(), update.email());
            audit.record(AuditEntry.of(
                    "account.details_changed", "account", account.getId(), Map.of("username", account.getUsername())));
        }
        changeRoles(accountId, update.roles());
        return setEnabled(accountId, update.enabled());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return get(currentUser.require().accountId()).isMustChangePassword();
    }

    /** Active accounts holding a role, e.g. to choose a customer's owner. Callers guard who may list them. */
    @Transactional(readOnly = true)
    public List<AccountSummary> withRole(Role role) {
        return accounts.findEnabledByRole(role).stream()
                .map(AccountService::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(Set.copyOf(ids)).stream()
                .map(AccountService::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** Enabled accounts among {@code ids} with their email address, e.g. to notify them; unknown or disabled ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, AccountContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(Set.copyOf(ids)).stream()
                .filter(Account::isEnabled)
                .collect(Collectors.toMap(
                        Account::getId, a -> new AccountContact(a.getId(), a.getDisplayName(), a.getEmail())));
    }

    /** Enabled accounts by username (case-insensitive), e.g. to resolve @mentions. */
    @Transactional(readOnly = true)
    public Map<String, AccountSummary> byUsernames(Collection<String> usernames) {
        Map<String, AccountSummary> found = new LinkedHashMap<>();
        for (String username : Set.copyOf(usernames)) {
            accounts.findByUsernameIgnoreCase(username)
                    .filter(Account::isEnabled)
                    .ifPresent(a -> found.put(username.toLowerCase(Locale.ROOT), toSummary(a)));
        }
        return found;
    }

    /**
     * Enabled accounts whose username or name starts with the prefix and that {@code eligible} accepts (given their id
     * and roles), for @mention autocomplete: the caller's module decides who may be mentioned where.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountSummary> suggest(String prefix, int limit, BiPredicate<Long, Set<Role>> eligible) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(Account::isEnabled)
                .filter(a -> a.getUsername().toLowerCase(Locale.ROOT).startsWith(p)
                        || a.getDisplayName().toLowerCase(Locale.ROOT).startsWith(p))
                .filter(a -> eligible.test(a.getId(), Set.copyOf(a.getRoles())))
                .limit(limit)
                .map(AccountService::toSummary)
                .toList();
    }

    /** The roles of the enabled accounts among {@code ids}; unknown or disabled ids are left out. For scope checks of others. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Role>> rolesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(Set.copyOf(ids)).stream()
                .filter(Account::isEnabled)
                .collect(Collectors.toMap(Account::getId, a -> Set.copyOf(a.getRoles())));
    }

    @Transactional(readOnly = true)
    public boolean holdsRole(long accountId, Role role) {
        return accounts.findById(accountId)
                .map(a -> a.isEnabled() && a.getRoles().contains(role))
                .orElse(false);
    }

    private Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account"));
    }

    private AccountListItem toListItem(Account a) {
        return new AccountListItem(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getRoles(),
                a.isEnabled(),
                a.isLockedAt(clock.instant()),
                a.isMustChangePassword(),
                a.getLastLoginAt());
    }

    private static AccountSummary toSummary(Account a) {
        return new AccountSummary(a.getId(), a.getUsername(), a.getDisplayName());
    }

    private static List<String> roleNames(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
