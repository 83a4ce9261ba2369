package io.portalops.customer;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who owns a customer and who may change it: account managers own what they create, an administrator names the owner.
 * Called by {@link CustomerService}, which carries the authorization and the transaction.
 */
@Component
class CustomerOwnership {

    private final AccountService accounts;

    CustomerOwnership(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Account managers who may own customers. */
    List<AccountSummary> owners() {
        return accounts.withRole(Role.ACCOUNT_MANAGER);
    }

    long chooseOwner(@Nullable Long requested, CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            if (requested == null) {
                throw new InvalidInputException("ownerId", "Choose the account manager who owns this customer.");
            }
            return requireAccountManager(requested);
        }
        if (requested != null && requested != user.accountId()) {
            throw new InvalidInputException("ownerId", "Account managers own the customers they create.");
        }
        return user.accountId();
    }

    long requireAccountManager(long accountId) {
        if (!accounts.holdsRole(accountId, Role.ACCOUNT_MANAGER)) {
            throw new InvalidInputException("ownerId", "The owner must be an active account manager.");
        }
        return accountId;
    }

    /** The write scope: ADMIN every customer, ACCOUNT_MANAGER their own; never a reading role's wider view. */
    static boolean editable(Customer c, CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.ACCOUNT_MANAGER) && c.getOwnerId() == user.accountId());
    }
}
