package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.validation.FreeText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to a contract: lifecycle transitions, approvals, flags and notes. Each action locks the
 * contract row, checks the caller's rights and the lifecycle table, changes state, and publishes a {@link ContractEvent}.
 * A refused action throws and changes nothing.
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
    private final ContractCommentRepository comments;
    private final ContractFlagRepository flags;
    private final ContractAccess access;
    private final ContractAssembler assembler;
    private final ApprovalRule rule;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractActions(
            ContractRepository contracts,
            ContractApprovalRepository approvals,
            ContractCommentRepository comments,
            ContractFlagRepository flags,
            ContractAccess access,
            ContractAssembler assembler,
            ApprovalRule rule,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.comments = comments;
        this.flags = flags;
        this.access = access;
        this.assembler = assembler;
        this.rule = rule;
        this.accounts = accounts;
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
        return assembler.details(raiseFlag(contractId, severity, reason), access.user());
    }

    /**
     * {@link #flag}, the same checks and effects, without reading the contract's details back: a bulk run's row does
     * not show them, and reading them was a third of a row's cost (ADR 044).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flagRow(long contractId, FlagSeverity severity, String reason) {
        raiseFlag(contractId, severity, reason);
    }

    private Contract raiseFlag(long contractId, FlagSeverity severity, String reason) {
        CurrentUser user = access.user();
        String why = requireReason(reason, "A flag needs a reason");
        if (severity == null) {
            throw new InvalidInputException("severity", "Choose a severity.");
        }
        Contract contract = access.visibleForUpdate(contractId);
        requireMayFlag(contract, user);
        ContractFlag flag =
                flags.save(new ContractFlag(contract.getId(), severity, why, user.accountId(), clock.instant()));
        contract.markFlagged(true, clock.instant());
        events.publishEvent(
                new ContractEvent.Flagged(contract.getId(), contract.getNumber(), user.accountId(), severity, why));
        return contract;
    }

    /** Clears one open flag, or every open flag when {@code flagId} is null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails unflag(long contractId, @Nullable Long flagId, String reason) {
        return assembler.details(clearFlags(contractId, flagId, reason), access.user());
    }

    /** {@link #unflag} without reading the details back, for bulk runs (ADR 044). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unflagRow(long contractId, @Nullable Long flagId, String reason) {
        clearFlags(contractId, flagId, reason);
    }

    private Contract clearFlags(long contractId, @Nullable Long flagId, String reason) {
        CurrentUser user = access.user();
        String why = requireReason(reason, "Clearing a flag needs a reason");
        Contract contract = access.visibleForUpdate(contractId);
        requireMayFlag(contract, user);
        List<ContractFlag> open = flags.findByContractIdOrderByRaisedAtAsc(contract.getId()).stream()
                .filter(ContractFlag::isOpen)
                .filter(f -> flagId == null || f.getId().equals(flagId))
                .toList();
        if (open.isEmpty()) {
            // the record's state, not the caller's rights: 409 like other state conflicts (RuleViolationException)
            throw new RuleViolationException("There is no open flag to clear.", 409);
        }
        Instant now = clock.instant();
        open.forEach(f -> f.clear(user.accountId(), why, now));
        boolean stillFlagged = flags.findByContractIdOrderByRaisedAtAsc(contract.getId()).stream()
                .anyMatch(ContractFlag::isOpen);
        contract.markFlagged(stillFlagged, now);
        events.publishEvent(new ContractEvent.Unflagged(contract.getId(), contract.getNumber(), user.accountId(), why));
        return contract;
    }

    /** Adds a note; {@code @username} mentions of existing accounts are stored as account ids. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails note(long contractId, String text) {
        return assembler.details(addNote(contractId, text), access.user());
    }

    /** {@link #note} without reading the details back, for bulk runs (ADR 044). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void noteRow(long contractId, String text) {
        addNote(contractId, text);
    }

    private Contract addNote(long contractId, String text) {
        CurrentUser user = access.user();
        String body = requireNote(text);
        Contract contract = access.visible(contractId);
        Set<Long> mentions = mentionsIn(body, contract);
        ContractComment comment =
                comments.save(new ContractComment(contract.getId(), user.accountId(), body, mentions, clock.instant()));
        events.publishEvent(new ContractEvent.Noted(
                contract.getId(), contract.getNumber(), user.accountId(), comment.getId(), mentions));
        return contract;
    }

    /** Its author may edit a note for 15 minutes; after that it is locked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContractDetails editNote(long contractId, long commentId, String text) {
        CurrentUser user = access.user();
        String body = requireNote(text);
        Contract contract = access.visible(contractId);
        ContractComment comment = comments.findById(commentId)
                .filter(c -> c.getContractId() == contract.getId())
                .orElseThrow(() -> new NotFoundException("Note"));
        if (comment.getAuthorId() != user.accountId()) {
            throw new ActionRefusedException("Only its author can edit a note.");
        }
        if (!assembler.isEditable(comment, user)) {
            throw new ActionRefusedException("Notes can be edited for 15 minutes; this one is locked.");
        }
        comment.edit(body, mentionsIn(body, contract), clock.instant());
        return assembler.details(contract, user);
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

    private void requireMayFlag(Contract contract, CurrentUser user) {
        if (!access.mayFlag(contract, user)) {
            throw new ActionRefusedException(
                    "Flags are raised and cleared by analysts, approvers, administrators or the owner.");
        }
    }

    /**
     * The accounts a note mentions. Each must be someone who may open the contract; anyone else (or no account at all:
     * the same answer, so that usernames cannot be probed) refuses the note, so a mention never reaches past the scope.
     */
    private Set<Long> mentionsIn(String body, Contract contract) {
        Set<String> names = MentionParser.usernames(body);
        Map<String, AccountSummary> found = accounts.byUsernames(names);
        Map<Long, Set<Role>> roles =
                accounts.rolesOf(found.values().stream().map(AccountSummary::id).toList());
        for (String name : names) {
            AccountSummary account = found.get(name);
            if (account == null
                    || !access.mayOpen(contract, account.id(), roles.getOrDefault(account.id(), Set.of()))) {
                throw new InvalidInputException(
                        "text",
                        "@" + name + " cannot open this contract, so they cannot be mentioned "
                                + "on it. Mention only people the suggestions offer.");
            }
        }
        return found.values().stream().map(AccountSummary::id).collect(Collectors.toSet());
    }

    private static String requireNote(String text) {
        return FreeText.required("text", text, MAX_NOTE, "Write something first.");
    }

    private static String requireReason(String reason, String message) {
        return FreeText.required("reason", reason, MAX_REASON, message + ".");
    }
}
