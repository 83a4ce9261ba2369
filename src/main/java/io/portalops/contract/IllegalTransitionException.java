package io.portalops.contract;

import io.portalops.shared.RuleViolationException;
import java.util.Locale;

/**
 * An action the state machine does not allow from the contract's current state. Nothing was changed.
 */
public class IllegalTransitionException extends RuleViolationException {

    private final ContractStatus from;
    private final LifecycleAction action;

    public IllegalTransitionException(ContractStatus from, LifecycleAction action) {
        super(
                "A contract that is " + from.label().toLowerCase(Locale.ROOT) + " cannot be " + pastTense(action)
                        + ". Nothing was changed.",
                409);
        this.from = from;
        this.action = action;
    }

    public ContractStatus from() {
        return from;
    }

    public LifecycleAction action() {
        return action;
    }

    private static String pastTense(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case REVISE -> "revised";
            case ACTIVATE -> "activated";
            case EXPIRE -> "expired";
            case TERMINATE -> "terminated";
        };
    }
}
