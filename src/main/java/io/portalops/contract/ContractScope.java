package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.Role;

/**
 * Who sees which contract: ADMIN and ANALYST all; an ACCOUNT_MANAGER the contracts of their own customers; an
 * APPROVER those pending approval plus those they decided. Roles add up.
 */
record ContractScope(boolean all, @org.jspecify.annotations.Nullable Long ownerId, @org.jspecify.annotations.Nullable Long approverId) {

    static ContractScope of(CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.ANALYST)) {
            return new ContractScope(true, null, null);
        }
        return new ContractScope(false, user.has(Role.ACCOUNT_MANAGER) ? user.accountId() : null,
                user.has(Role.APPROVER) ? user.accountId() : null);
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
