package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Approval-limit administration: each approver's limit in the base currency (ADR 005), set by ADMIN. */
@Service
public class ApprovalLimits {

    private final ApproverLimitRepository limits;
    private final ApprovalRule rule;
    private final ApprovalPolicy policy;
    private final AccountService accounts;
    private final Clock clock;

    ApprovalLimits(
            ApproverLimitRepository limits,
            ApprovalRule rule,
            ApprovalPolicy policy,
            AccountService accounts,
            Clock clock) {
        this.limits = limits;
        this.rule = rule;
        this.policy = policy;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Sets an approver's limit, in the base currency. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void set(long approverAccountId, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInputException("amount", "The limit must be zero or more.");
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 17) {
            throw new InvalidInputException("amount", "Use at most 17 digits and 2 decimals.");
        }
        if (!accounts.holdsRole(approverAccountId, Role.APPROVER)) {
            throw new InvalidInputException("amount", "Only active approvers have an approval limit.");
        }
        limits.findById(approverAccountId)
                .ifPresentOrElse(
                        l -> l.change(amount, clock.instant()),
                        () -> limits.save(new ApproverLimit(approverAccountId, amount, clock.instant())));
    }

    /** Every active approver with their limit in the base currency, for the admin screen. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApproverLimitItem> all() {
        return accounts.withRole(Role.APPROVER).stream()
                .map(a -> new ApproverLimitItem(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        rule.limitOf(a.id()),
                        limits.findById(a.id()).isEmpty()))
                .toList();
    }

    @PreAuthorize(ContractService.READERS)
    @Transactional(readOnly = true)
    public BigDecimal of(long approverAccountId) {
        return rule.limitOf(approverAccountId);
    }

    /** The configured currency, threshold and default limit, for the admin screen's explanation. */
    public ApprovalPolicy policy() {
        return policy;
    }
}
