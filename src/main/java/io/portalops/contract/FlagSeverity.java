package io.portalops.contract;

public enum FlagSeverity {
    LOW,
    MEDIUM,
    HIGH
}
