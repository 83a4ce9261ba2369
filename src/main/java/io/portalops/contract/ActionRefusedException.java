package io.portalops.contract;

/** The caller may not do this to this contract now (rules other than the lifecycle table). Nothing was changed. */
public class ActionRefusedException extends io.portalops.shared.RuleViolationException {
    public ActionRefusedException(String message) {
        super(message, 403);
    }
}
