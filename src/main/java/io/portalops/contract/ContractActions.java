package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.validation.FreeText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to a contract: lifecycle transitions, approvals, flags and notes. Each action locks the
 * contract row, checks the caller's rights and the lifecycle table, changes state, and publishes a {@link ContractEvent}.
 * A refused action throws and changes nothing. Flags ({@link ContractFlagging}) and notes ({@link ContractNotes}) keep
 * their work in beans of their own; the authorization and the transaction stay here, on the public methods.
 */
@Service
public class ContractActions {

    /** contract_comment.body: a note. */
    public static final int MAX_NOTE = 4000;
    /** contract_flag.reason and clear_reason; also a rejection's or termination's reason. */
    public static final int MAX_REASON = 1000;
    /** contract_approval.comment: an approver's optional comment. */
    public static final int MAX_COMMENT = 2000;

    private final ContractRepository contracts;
    private final ContractApprovalRepository approvals;
    private final ContractFlagging flagging;
    private final ContractNotes notes;
    private final ContractAccess access;
    private final ContractAssembler assembler;
    private final ApprovalRule rule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractActions(
            ContractRepository contracts,
            ContractApprovalRepository approvals,
            ContractFlagging flagging,
            ContractNotes notes,
            ContractAccess access,
            ContractAssembler assembler,
            ApprovalRule rule,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.flagging = flagging;
        this.notes = notes;
        this.access = access;
        this.assembler = assembler;
        this.rule = rule;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails submit(long contractId) {
        CurrentUser user = access.user();
        Contract contract = ownedForUpdate(contractId, user);
        contract.submit(user.accountId(), rule.requiredApprovals(contract.getValue()), clock.instant());
        events.publishEvent(new ContractEvent.Submitted(
                contract.getId(), contract.getNumber(), user.accountId(), contract.getRequiredApprovals()));
        return assembler.details(contract, user);
    }

    @PreAuthorize("hasRole('APPROVER')")
    @Transactional
    public ContractDetails approve(long contractId, @Nullable String comment) {
        CurrentUser user = access.user();
        String said = FreeText.optional("comment", comment, MAX_COMMENT);
        Contract contract = access.decidableForUpdate(contractId);
        List<ContractApproval> round = requireDecidable(contract, user, LifecycleAction.APPROVE);
        String overLimit = rule.limitRefusal(contract, user.accountId(), round);
        if (overLimit != null) {
            throw new ActionRefusedException(overLimit);
        }
        int level = round.size() + 1;
        boolean last = level >= contract.getRequiredApprovals();
        Instant now = clock.instant();
        approvals.save(new ContractApproval(
                contract.getId(),
                contract.getApprovalRound(),
                level,
                user.accountId(),
                ApprovalDecision.APPROVED,
                said,
                now));
        if (last) {
            contract.apply(LifecycleAction.APPROVE, now);
        } else {
            contract.touch(now);
        }
        events.publishEvent(
                new ContractEvent.Approved(contract.getId(), contract.getNumber(), user.accountId(), level, last));
        return assembler.details(contract, user);
    }

    /**
     * Why the caller could not approve this contract now, or null when they could: the same checks as
     * {@link #approve}, without locking or changing anything. For a bulk approval, which approves only when every
     * selected contract allows it (ADR 036).
     */
    @PreAuthorize("hasRole('APPROVER')")
    @Transactional(readOnly = true)
    public @Nullable String approvalRefusal(long contractId) {
        CurrentUser user = access.user();
        Contract contract = access.visible(contractId);
        try {
            List<ContractApproval> round = requireDecidable(contract, user, LifecycleAction.APPROVE);
            return rule.limitRefusal(contract, user.accountId(), round);
        } catch (RuleViolationException refused) {
            return refused.getMessage();
        }
    }

    @PreAuthorize("hasRole('APPROVER')")
    @Transactional
    public ContractDetails reject(long contractId, String reason) {
        CurrentUser user = access.user();
        String why = requireReason(reason, "A rejection needs a reason");
        Contract contract = access.decidableForUpdate(contractId);
        int level = requireDecidable(contract, user, LifecycleAction.REJECT).size() + 1;
        Instant now = clock.instant();
        approvals.save(new ContractApproval(
                contract.getId(),
                contract.getApprovalRound(),
                level,
                user.accountId(),
                ApprovalDecision.REJECTED,
                why,
                now));
        contract.apply(LifecycleAction.REJECT, now);
        events.publishEvent(new ContractEvent.Rejected(contract.getId(), contract.getNumber(), user.accountId(), why));
        return assembler.details(contract, user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails revise(long contractId) {
        CurrentUser user = access.user();
        Contract contract = ownedForUpdate(contractId, user);
        contract.apply(LifecycleAction.REVISE, clock.instant());
        events.publishEvent(new ContractEvent.Revised(contract.getId(), contract.getNumber(), user.accountId()));
        return assembler.details(contract, user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails activate(long contractId) {
        CurrentUser user = access.user();
        Contract contract = ownedForUpdate(contractId, user);
        contract.apply(LifecycleAction.ACTIVATE, clock.instant());
        events.publishEvent(new ContractEvent.Activated(contract.getId(), contract.getNumber(), user.accountId()));
        return assembler.details(contract, user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails terminate(long contractId, String reason) {
        CurrentUser user = access.user();
        String why = requireReason(reason, "Termination needs a reason");
        Contract contract = ownedForUpdate(contractId, user);
        contract.apply(LifecycleAction.TERMINATE, clock.instant());
        events.publishEvent(
                new ContractEvent.Terminated(contract.getId(), contract.getNumber(), user.accountId(), why));
        return assembler.details(contract, user);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails flag(long contractId, FlagSeverity severity, String reason) {
        return assembler.details(flagging.raise(contractId, severity, reason), access.user());
    }

    /**
     * {@link #flag}, the same checks and effects, without reading the contract's details back: a bulk run's row does
     * not show them, and reading them was a third of a row's cost (ADR 044).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flagRow(long contractId, FlagSeverity severity, String reason) {
        flagging.raise(contractId, severity, reason);
    }

    /** Clears one open flag, or every open flag when {@code flagId} is null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails unflag(long contractId, @Nullable Long flagId, String reason) {
        return assembler.details(flagging.clear(contractId, flagId, reason), access.user());
    }

    /** {@link #unflag} without reading the details back, for bulk runs (ADR 044). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unflagRow(long contractId, @Nullable Long flagId, String reason) {
        flagging.clear(contractId, flagId, reason);
    }

    /** Adds a note; {@code @username} mentions of existing accounts are stored as account ids. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails note(long contractId, String text) {
        return assembler.details(notes.add(contractId, text), access.user());
    }

    /** {@link #note} without reading the details back, for bulk runs (ADR 044). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void noteRow(long contractId, String text) {
        notes.add(contractId, text);
    }

    /** Its author may edit a note for 15 minutes; after that it is locked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails editNote(long contractId, long commentId, String text) {
        return assembler.details(notes.edit(contractId, commentId, text), access.user());
    }

    private Contract ownedForUpdate(long contractId, CurrentUser user) {
        Contract contract = access.visibleForUpdate(contractId);
        if (!access.isOwnerOrAdmin(contract, user)) {
            throw new ActionRefusedException("Only the contract's account manager or an administrator can do this.");
        }
        return contract;
    }

    /** Refuses unless the user may decide the contract now; returns the approvals of its current round. */
    private List<ContractApproval> requireDecidable(Contract contract, CurrentUser user, LifecycleAction action) {
        if (contract.getStatus() != ContractStatus.PENDING_APPROVAL) {
            throw new AlreadyDecidedException(contract.getNumber(), contract.getStatus());
        }
        ContractLifecycle.require(contract.getStatus(), action);
        List<ContractApproval> round = rule.currentRound(contract);
        String refusal = rule.refusal(contract, user.accountId(), user.has(Role.APPROVER), round);
        if (refusal != null) {
            throw new ActionRefusedException(refusal);
        }
        return round;
    }

    static String requireReason(String reason, String message) {
        return FreeText.required("reason", reason, MAX_REASON, message + ".");
    }
}
