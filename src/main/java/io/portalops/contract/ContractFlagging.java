package io.portalops.contract;

import io.portalops.security.CurrentUser;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Raising and clearing a contract's flags, for {@link ContractActions}, which carries the authorization and the
 * transaction: this bean is only ever called from inside them.
 */
@Component
class ContractFlagging {

    private final ContractFlagRepository flags;
    private final ContractAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractFlagging(
            ContractFlagRepository flags, ContractAccess access, ApplicationEventPublisher events, Clock clock) {
        this.flags = flags;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    Contract raise(long contractId, FlagSeverity severity, String reason) {
        CurrentUser user = access.user();
        String why = ContractActions.requireReason(reason, "A flag needs a reason");
        if (severity == null) {
            throw new InvalidInputException("severity", "Choose a severity.");
        }
        Contract contract = access.visibleForUpdate(contractId);
        requireMayFlag(contract, user);
        flags.save(new ContractFlag(contract.getId(), severity, why, user.accountId(), clock.instant()));
        contract.markFlagged(true, clock.instant());
        events.publishEvent(
                new ContractEvent.Flagged(contract.getId(), contract.getNumber(), user.accountId(), severity, why));
        return contract;
    }

    /** Clears one open flag, or every open flag when {@code flagId} is null. */
    Contract clear(long contractId, @Nullable Long flagId, String reason) {
        CurrentUser user = access.user();
        String why = ContractActions.requireReason(reason, "Clearing a flag needs a reason");
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

    private void requireMayFlag(Contract contract, CurrentUser user) {
        if (!access.mayFlag(contract, user)) {
            throw new ActionRefusedException(
                    "Flags are raised and cleared by analysts, approvers, administrators or the owner.");
        }
    }
}
