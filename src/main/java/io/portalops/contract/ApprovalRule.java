package io.portalops.contract;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The approval rule in one place (ADR 005): who may decide a contract (four eyes), whose limit covers it, whether it needs a
 * second level, and who is therefore eligible to approve it next. The decision button, the approve action and the
 * notifications all ask this type, so that they cannot disagree. {@link ApprovalPolicy} holds only the configured numbers.
 */
@Component
class ApprovalRule {

    private final ApprovalPolicy policy;
    private final ApproverLimitRepository limits;
    private final ContractApprovalRepository approvals;

    ApprovalRule(ApprovalPolicy policy, ApproverLimitRepository limits, ContractApprovalRepository approvals) {
        this.policy = policy;
        this.limits = limits;
        this.approvals = approvals;
    }

    /** The approvals given so far in the contract's current round, lowest level first. */
    List<ContractApproval> currentRound(Contract contract) {
        return approvals.findByContractIdAndRoundOrderByLevelAsc(contract.getId(), contract.getApprovalRound());
    }

    /** Is a second level needed? How many approvals a contract of this value needs. */
    int requiredApprovals(Money value) {
        return policy.requiredApprovals(value);
    }

    /** May this account decide? Why not (four eyes), or null when it may. */
    @Nullable
    String refusal(Contract contract, long accountId, boolean isApprover, List<ContractApproval> round) {
        if (!isApprover) {
            return "Only approvers decide contracts.";
        }
        if (ownsOrSubmitted(contract, accountId)) {
            return "Four eyes: you cannot decide a contract you own or submitted.";
        }
        if (round.stream().anyMatch(a -> a.getApproverId() == accountId)) {
            return "Four eyes: you already approved this contract; a different approver must give the next approval.";
        }
        return null;
    }

    /** The account's approval limit in the base currency: its own, or the configured default. */
    BigDecimal limitOf(long accountId) {
        return limits.findById(accountId).map(ApproverLimit::getAmount).orElse(policy.defaultLimit());
    }

    /** Does their limit cover? True when the account's own limit, or that of an earlier approver of this round, covers the value. */
    boolean covered(Contract contract, long accountId, List<ContractApproval> round) {
        BigDecimal value = policy.toBase(contract.getValue());
        return covers(accountId, value) || round.stream().anyMatch(a -> covers(a.getApproverId(), value));
    }

    /**
     * Null when the account's approval may be given as the next level; otherwise why not. Only the final approval must be
     * covered by a limit: the account's own, or that of an earlier approver of this round.
     */
    @Nullable
    String limitRefusal(Contract contract, long accountId, List<ContractApproval> round) {
        boolean last = round.size() + 1 >= contract.getRequiredApprovals();
        if (!last || covered(contract, accountId, round)) {
            return null;
        }
        String base = policy.baseCurrency();
        return "Your approval limit (" + base + " " + limitOf(accountId) + ") does not cover this contract (" + base
                + " "
                + policy.toBase(contract.getValue()) + "). "
                + (contract.getRequiredApprovals() > 1
                        ? "The final approval must come from an approver whose limit covers it."
                        : "An approver with a higher limit must approve it.");
    }

    /**
     * Who is eligible? Of the active approvers given, those who could give the next approval and see it through: four eyes
     * allows them, and their limit covers the value unless an earlier approval of this round covers it.
     */
    List<Long> eligible(Contract contract, Collection<Long> activeApprovers) {
        List<ContractApproval> round = currentRound(contract);
        BigDecimal value = policy.toBase(contract.getValue());
        boolean earlierCovers = round.stream().anyMatch(a -> covers(a.getApproverId(), value));
        return activeApprovers.stream()
                .filter(id -> refusal(contract, id, true, round) == null)
                .filter(id -> earlierCovers || covers(id, value))
                .toList();
    }

    private boolean covers(long accountId, BigDecimal valueInBase) {
        return limitOf(accountId).compareTo(valueInBase) >= 0;
    }

    private static boolean ownsOrSubmitted(Contract contract, long accountId) {
        return contract.getOwnerId() == accountId
                || (contract.getSubmittedBy() != null && contract.getSubmittedBy() == accountId);
    }
}
