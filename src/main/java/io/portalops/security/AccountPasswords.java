package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Setting an account's password, by an admin (a temporary one) or by its owner: the policy, the hash, the failure count,
 * the sign-ins that end, and the audit entry. {@link AccountService} carries the authorization and the transaction.
 */
@Component
class AccountPasswords {

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final PasswordEncoder passwordEncoder;
    private final SignInService signIns;
    private final AuditLog audit;

    AccountPasswords(
            AccountRepository accounts,
            AccountLinkRepository links,
            PasswordEncoder passwordEncoder,
            SignInService signIns,
            AuditLog audit) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.signIns = signIns;
        this.audit = audit;
    }

    /** A temporary password that its owner must change at the next login; every sign-in ends. */
    void reset(Account account, String temporaryPassword) {
        if (links.findByAccountId(account.getId()).isPresent()) {
            throw new InvalidInputException(
                    "password", "This account signs in through its identity provider: unlink it first.");
        }
        PasswordPolicy.check(account.getUsername(), temporaryPassword, "password");
        account.changePassword(passwordEncoder.encode(temporaryPassword), true);
        accounts.clearSignInFailures(account.getId());
        signIns.endAllOfAccount(account, SignInEnd.PASSWORD_RESET, false);
        audit.record(AuditEntry.of(
                "account.password_reset", "account", account.getId(), Map.of("username", account.getUsername())));
    }

    /** The owner's own change, proved by the current password. */
    void changeOwn(Account account, String currentPassword, String newPassword) {
        if (account.getPasswordHash() == null) {
            throw new InvalidInputException(
                    "currentPassword",
                    "Your account signs in through your identity provider and has no password here.");
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not correct.");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        PasswordPolicy.check(account.getUsername(), newPassword, "newPassword");
        account.changePassword(passwordEncoder.encode(newPassword), false);
        accounts.clearSignInFailures(account.getId());
        // the sign-in in use proved the new password and carries on; every other one ends
        signIns.endAllOfAccount(account, SignInEnd.PASSWORD_CHANGED, true);
        audit.record(AuditEntry.of(
                "account.password_changed", "account", account.getId(), Map.of("username", account.getUsername())));
    }
}
