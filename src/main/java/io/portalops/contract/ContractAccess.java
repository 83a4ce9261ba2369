package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds contracts the caller may see, and says what the caller may do with one: the same rules for the buttons the
 * UI shows and for the actions the services accept.
 */
@Component
class ContractAccess {

    private final ContractRepository contracts;
    private final ContractApprovalRepository approvals;
    private final ApprovalRule rule;
    private final CurrentUserProvider currentUser;

    ContractAccess(
            ContractRepository contracts,
            ContractApprovalRepository approvals,
            ApprovalRule rule,
            CurrentUserProvider currentUser) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.rule = rule;
        this.currentUser = currentUser;
    }

    CurrentUser user() {
        return currentUser.require();
    }

    Contract visible(long id) {
        return contracts.findById(id).filter(this::permits).orElseThrow(() -> new NotFoundException("Contract"));
    }

    Contract visibleForUpdate(long id) {
        return contracts.findForUpdate(id).filter(this::permits).orElseThrow(() -> new NotFoundException("Contract"));
    }

    /**
     * For approve and reject: a contract outside the caller's scope answers exactly like a missing id, whatever it is,
     * so that probing ids never tells an approver a number or a status (ADR 022). A contract decided by someone else
     * meanwhile has left the approver's scope too; the hint tells a losing approver why without naming anything.
     */
    Contract decidableForUpdate(long id) {
        return contracts
                .findForUpdate(id)
                .filter(this::permits)
                .orElseThrow(
                        () -> new NotFoundException(
                                "Contract",
                                "No contract with this id awaits your decision; another approver may have decided it already."));
    }

    Contract visibleByNumber(String number) {
        return contracts
                .findByNumber(number)
                .filter(this::permits)
                .orElseThrow(() -> new NotFoundException("Contract"));
    }

    boolean permits(Contract contract) {
        CurrentUser user = user();
        return mayOpen(contract, user.accountId(), user.roles());
    }

    /** Whether any account, not only the caller, may open the contract: for mentions and notifications. */
    boolean mayOpen(Contract contract, long accountId, Set<Role> roles) {
        ContractScope scope = ContractScope.of(accountId, roles);
        return scope.permits(
                contract,
                scope.approverId() != null && approvals.existsByContractIdAndApproverId(contract.getId(), accountId));
    }

    /**
     * Who may attach a file (ADR 022), each role within its own write scope: ADMIN and ANALYST any contract, the
     * ACCOUNT_MANAGER their own, an APPROVER only one pending that they may decide now. Never the union of read scopes.
     */
    boolean mayAttach(Contract contract, CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.ANALYST) || isOwnerOrAdmin(contract, user)) {
            return true;
        }
        return mayDecide(contract, user);
    }

    boolean isOwnerOrAdmin(Contract contract, CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.ACCOUNT_MANAGER) && contract.getOwnerId() == user.accountId());
    }

    boolean mayFlag(Contract contract, CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.ANALYST, Role.APPROVER) || contract.getOwnerId() == user.accountId();
    }

    /** Whether the user may approve or reject this contract now: pending, and the approval rule lets them decide. */
    boolean mayDecide(Contract contract, CurrentUser user) {
        return contract.getStatus() == ContractStatus.PENDING_APPROVAL
                && rule.refusal(contract, user.accountId(), user.has(Role.APPROVER), rule.currentRound(contract))
                        == null;
    }

    Set<ContractDetails.AvailableAction> available(Contract contract, CurrentUser user) {
        Set<ContractDetails.AvailableAction> actions = EnumSet.of(ContractDetails.AvailableAction.NOTE);
        boolean ownerOrAdmin = isOwnerOrAdmin(contract, user);
        ContractStatus status = contract.getStatus();
        if (ownerOrAdmin && status == ContractStatus.DRAFT) {
            actions.add(ContractDetails.AvailableAction.EDIT);
            actions.add(ContractDetails.AvailableAction.SUBMIT);
        }
        if (ownerOrAdmin && ContractLifecycle.allows(status, LifecycleAction.REVISE)) {
            actions.add(ContractDetails.AvailableAction.REVISE);
        }
        if (ownerOrAdmin && ContractLifecycle.allows(status, LifecycleAction.ACTIVATE)) {
            actions.add(ContractDetails.AvailableAction.ACTIVATE);
        }
        if (ownerOrAdmin && ContractLifecycle.allows(status, LifecycleAction.TERMINATE)) {
            actions.add(ContractDetails.AvailableAction.TERMINATE);
        }
        if (mayDecide(contract, user)) {
            actions.add(ContractDetails.AvailableAction.APPROVE);
            actions.add(ContractDetails.AvailableAction.REJECT);
        }
        if (mayFlag(contract, user)) {
            actions.add(
                    contract.isFlagged()
                            ? ContractDetails.AvailableAction.UNFLAG
                            : ContractDetails.AvailableAction.FLAG);
            if (contract.isFlagged()) {
                actions.add(ContractDetails.AvailableAction.FLAG);
            }
        }
        return actions;
    }
}
