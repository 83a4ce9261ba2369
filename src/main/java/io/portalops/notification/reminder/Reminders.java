package io.portalops.notification.reminder;

import io.portalops.notification.NotificationRequest;
import io.portalops.notification.Notifier;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the reminder jobs share: each reminder is notified in a transaction of its own (a bad row does not hold back the
 * rest), and a reminder with no one responsible goes to the admins rather than to nobody.
 */
@Component
class Reminders {

    private final Notifier notifier;
    private final AccountService accounts;
    private final TransactionTemplate transaction;

    Reminders(Notifier notifier, AccountService accounts, TransactionTemplate transaction) {
        this.notifier = notifier;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /** Returns how many notifications were created (0 when the recipients had this reminder already). */
    int send(NotificationRequest request) {
        Integer created = transaction.execute(status -> notifier.notify(request));
        return created == null ? 0 : created;
    }

    Set<Long> orAdmins(Set<Long> responsible) {
        return responsible.isEmpty() ? admins() : responsible;
    }

    Set<Long> admins() {
        return accounts.withRole(Role.ADMIN).stream().map(AccountSummary::id).collect(Collectors.toSet());
    }
}
