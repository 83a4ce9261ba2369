package io.portalops.contract;

public enum ApprovalDecision {
    APPROVED,
    REJECTED
}
