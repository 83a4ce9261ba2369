package io.portalops.contract;

import io.portalops.shared.RuleViolationException;
import java.util.Locale;

/** Someone else decided the contract first (or it is no longer pending). Nothing was changed. */
public class AlreadyDecidedException extends RuleViolationException {
    public AlreadyDecidedException(String number, ContractStatus status) {
        super(
                "Contract " + number + " was already decided: it is "
                        + status.label().toLowerCase(Locale.ROOT) + " now.",
                409);
    }
}
