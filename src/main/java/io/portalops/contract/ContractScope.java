package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who sees which contract: ADMIN and ANALYST all; an ACCOUNT_MANAGER the contracts of their own customers; an
 * APPROVER those pending approval plus those they decided. Roles add up.
 */
record ContractScope(
        boolean all, @Nullable Long ownerId, @Nullable Long approverId) {

    static ContractScope of(CurrentUser user) {
        return of(user.accountId(), user.roles());
    }

    /** The scope of any account, e.g. one mentioned in a note or about to be notified. */
    static ContractScope of(long accountId, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) || roles.contains(Role.ANALYST)) {
            return new ContractScope(true, null, null);
        }
        return new ContractScope(
                false,
                roles.contains(Role.ACCOUNT_MANAGER) ? accountId : null,
                roles.contains(Role.APPROVER) ? accountId : null);
    }

    boolean permits(Contract contract, boolean decidedByApprover) {
        if (all) {
            return true;
        }
        if (ownerId != null && contract.getOwnerId() == ownerId) {
            return true;
        }
        return approverId != null && (contract.getStatus() == ContractStatus.PENDING_APPROVAL || decidedByApprover);
    }
}
