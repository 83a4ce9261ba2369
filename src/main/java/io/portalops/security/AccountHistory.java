package io.portalops.security;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed an account's name, e-mail, roles or state, from what to what (Envers). Password hashes, failed attempts
 * and lockouts are not audited fields; those events are on the audit log instead.
 */
@Service
public class AccountHistory {

    private final EntityChanges changes;
    private final AccountRepository accounts;

    AccountHistory(EntityChanges changes, AccountRepository accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<EntityChange> of(long accountId) {
        if (!accounts.existsById(accountId)) {
            throw new NotFoundException("Account");
        }
        return changes.of(Account.class, accountId, a -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Username", a.getUsername());
            fields.put("Display name", a.getDisplayName());
            fields.put("Email", a.getEmail() == null ? "" : a.getEmail());
            fields.put("Roles", a.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")));
            fields.put("Enabled", a.isEnabled() ? "yes" : "no");
            fields.put("Must change password", a.isMustChangePassword() ? "yes" : "no");
            return fields;
        });
    }
}
