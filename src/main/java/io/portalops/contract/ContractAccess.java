package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
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
    private final ApproverLimitRepository limits;
    private final ApprovalPolicy policy;
    private final CurrentUserProvider currentUser;

    ContractAccess(ContractRepository contracts, ContractApprovalRepository approvals, ApproverLimitRepository limits,
            ApprovalPolicy policy, CurrentUserProvider currentUser) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.limits = limits;
        this.policy = policy;
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
        return contracts.findForUpdate(id).filter(this::permits).orElseThrow(() -> new NotFoundException("Contract",
                "No contract with this id awaits your decision; another approver may have decided it already."));
    }

    Contract visibleByNumber(String number) {
        return contracts.findByNumber(number).filter(this::permits).orElseThrow(() -> new NotFoundException("Contract"));
    }

    boolean permits(Contract contract) {
        CurrentUser user = user();
        return mayOpen(contract, user.accountId(), user.roles());
    }

    /** Whether any account, not only the caller, may open the contract: for mentions and notifications. */
    boolean mayOpen(Contract contract, long accountId, Set<Role> roles) {
        ContractScope scope = ContractScope.of(accountId, roles);
        return scope.permits(contract, scope.approverId() != null && approvals.existsByContractIdAndApproverId(contract.getId(), accountId));
    }

    /**
     * Who may attach a file (ADR 022), each role within its own write scope: ADMIN and ANALYST any contract, the
     * ACCOUNT_MANAGER their own, an APPROVER only one pending that they may decide now. Never the union of read scopes.
     */
    boolean mayAttach(Contract contract, CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.ANALYST) || isOwnerOrAdmin(contract, user)) {
            return true;
        }
        return contract.getStatus() == ContractStatus.PENDING_APPROVAL && decisionRefusal(contract, user) == null;
    }

    boolean isOwnerOrAdmin(Contract contract, CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.ACCOUNT_MANAGER) && contract.getOwnerId() == user.accountId());
    }

    boolean mayFlag(Contract contract, CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.ANALYST, Role.APPROVER) || contract.getOwnerId() == user.accountId();
    }

    BigDecimal limitOf(long accountId) {
        return limits.findById(accountId).map(ApproverLimit::getAmount).orElse(policy.defaultLimit());
    }

    /** Why the user may not decide this contract now, or null when they may. */
    String decisionRefusal(Contract contract, CurrentUser user) {
        if (!user.has(Role.APPROVER)) {
            return "Only approvers decide contracts.";
        }
        if (contract.getOwnerId() == user.accountId()
                || (contract.getSubmittedBy() != null && contract.getSubmittedBy() == user.accountId())) {
            return "Four eyes: you cannot decide a contract you own or submitted.";
        }
        List<ContractApproval> round = approvals.findByContractIdAndRoundOrderByLevelAsc(contract.getId(), contract.getApprovalRound());
        if (round.stream().anyMatch(a -> a.getApproverId() == user.accountId())) {
            return "Four eyes: you already approved this contract; a different approver must give the next approval.";
        }
        return null;
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
        if (status == ContractStatus.PENDING_APPROVAL && decisionRefusal(contract, user) == null) {
            actions.add(ContractDetails.AvailableAction.APPROVE);
            actions.add(ContractDetails.AvailableAction.REJECT);
        }
        if (mayFlag(contract, user)) {
            actions.add(contract.isFlagged() ? ContractDetails.AvailableAction.UNFLAG : ContractDetails.AvailableAction.FLAG);
            if (contract.isFlagged()) {
                actions.add(ContractDetails.AvailableAction.FLAG);
            }
        }
        return actions;
    }
}
