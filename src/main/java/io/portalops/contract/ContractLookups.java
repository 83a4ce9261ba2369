package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about contracts: event producers resolving numbers, and notification listeners and jobs asking
 * who a contract concerns and who may see or approve it. Users never call it directly; the UI uses {@link ContractService}.
 */
@Service
public class ContractLookups {

    private final ContractRepository contracts;
    private final ContractFlagRepository flags;
    private final ContractAccess access;
    private final ApprovalRule rule;
    private final AccountService accounts;

    ContractLookups(
            ContractRepository contracts,
            ContractFlagRepository flags,
            ContractAccess access,
            ApprovalRule rule,
            AccountService accounts) {
        this.contracts = contracts;
        this.flags = flags;
        this.access = access;
        this.rule = rule;
        this.accounts = accounts;
    }

    /** For event producers (API clients, no account) and an ADMIN replaying dead letters: contract number to its id and customer id, for those that exist. */
    @PreAuthorize("hasAnyAuthority('SCOPE_events:write', 'ROLE_ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, ContractOwnership> idsForProducer(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return contracts.idsByNumbers(Set.copyOf(numbers)).stream()
                .collect(Collectors.toMap(
                        row -> (String) row[0], row -> new ContractOwnership((Long) row[1], (Long) row[2])));
    }

    /**
     * Up to {@code max} contracts that have been in force (active, expired or terminated), oldest first, as (id, customer
     * id): for producers that report events about contracts, such as the demo event generator.
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_events:write', 'ROLE_ADMIN')")
    @Transactional(readOnly = true)
    public List<ContractKey> inForceForProducer(int max) {
        return contracts.keysWithStatus(
                List.of(ContractStatus.ACTIVE, ContractStatus.EXPIRED, ContractStatus.TERMINATED),
                PageRequest.of(0, max));
    }

    /**
     * The contract's owner, for a listener that needs nothing else first: the contract the event's transaction has
     * loaded already answers without a query, where {@link #parties} reads its flags too (ADR 056). No caller check,
     * as for {@link #parties}.
     */
    @Transactional(readOnly = true)
    public long ownerId(long contractId) {
        return contracts
                .findById(contractId)
                .orElseThrow(() -> new NotFoundException("Contract"))
                .getOwnerId();
    }

    /**
     * Who a contract concerns, for modules reacting to a {@link ContractEvent} inside the publishing transaction. No
     * caller check: it serves other modules' listeners, never a user directly.
     */
    @Transactional(readOnly = true)
    public ContractParties parties(long contractId) {
        Contract contract = contracts.findById(contractId).orElseThrow(() -> new NotFoundException("Contract"));
        Long newestFlag = flags.findByContractIdOrderByRaisedAtAsc(contractId).stream()
                .filter(ContractFlag::isOpen)
                .reduce((first, second) -> second)
                .map(ContractFlag::getId)
                .orElse(null);
        return new ContractParties(
                contract.getId(),
                contract.getNumber(),
                contract.getTitle(),
                contract.getOwnerId(),
                contract.getSubmittedBy(),
                contract.getApprovalRound(),
                newestFlag);
    }

    /**
     * Of {@code accountIds}, those that may open the contract now (enabled, and in scope by their roles), so that no
     * notification carries its number or title to anyone else. No caller check: it serves other modules' listeners.
     */
    @Transactional(readOnly = true)
    public Set<Long> whoMayOpen(long contractId, Collection<Long> accountIds) {
        Contract contract = contracts.findById(contractId).orElseThrow(() -> new NotFoundException("Contract"));
        return accounts.rolesOf(accountIds).entrySet().stream()
                .filter(e -> access.mayOpen(contract, e.getKey(), e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * Active approvers who could give a pending contract its next approval and see it through ({@link ApprovalRule#eligible}).
     * No caller check: it serves other modules' listeners and jobs.
     */
    @Transactional(readOnly = true)
    public List<Long> eligibleApprovers(long contractId) {
        Contract contract = contracts.findById(contractId).orElseThrow(() -> new NotFoundException("Contract"));
        return rule.eligible(
                contract,
                accounts.withRole(Role.APPROVER).stream()
                        .map(AccountSummary::id)
                        .toList());
    }
}
