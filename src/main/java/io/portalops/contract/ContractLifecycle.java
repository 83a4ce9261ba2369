package io.portalops.contract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of legal transitions, exactly the state machine of docs/architecture.md (Contracts). APPROVE leads
 * to APPROVED only when the last required approval is given; earlier levels keep the contract pending (the service
 * decides which).
 */
final class ContractLifecycle {

    private static final Map<ContractStatus, Map<LifecycleAction, ContractStatus>> TABLE =
            new EnumMap<>(ContractStatus.class);

    static {
        allow(ContractStatus.DRAFT, LifecycleAction.SUBMIT, ContractStatus.PENDING_APPROVAL);
        allow(ContractStatus.PENDING_APPROVAL, LifecycleAction.APPROVE, ContractStatus.APPROVED);
        allow(ContractStatus.PENDING_APPROVAL, LifecycleAction.REJECT, ContractStatus.REJECTED);
        allow(ContractStatus.REJECTED, LifecycleAction.REVISE, ContractStatus.DRAFT);
        allow(ContractStatus.APPROVED, LifecycleAction.ACTIVATE, ContractStatus.ACTIVE);
        allow(ContractStatus.ACTIVE, LifecycleAction.EXPIRE, ContractStatus.EXPIRED);
        allow(ContractStatus.ACTIVE, LifecycleAction.TERMINATE, ContractStatus.TERMINATED);
    }

    private ContractLifecycle() {}

    private static void allow(ContractStatus from, LifecycleAction action, ContractStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(LifecycleAction.class)).put(action, to);
    }

    public static Optional<ContractStatus> target(ContractStatus from, LifecycleAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean allows(ContractStatus from, LifecycleAction action) {
        return target(from, action).isPresent();
    }

    /** The target state, or a clear refusal that names the state and the action. */
    public static ContractStatus require(ContractStatus from, LifecycleAction action) {
        return target(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
    }
}
