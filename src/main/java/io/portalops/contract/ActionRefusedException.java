package io.portalops.contract;

import io.portalops.shared.RuleViolationException;

/** The caller may not do this to this contract now (rules other than the lifecycle table). Nothing was changed. */
public class ActionRefusedException extends RuleViolationException {
    public ActionRefusedException(String message) {
        super(message, 403);
    }
}
