package io.portalops.export;

/** Where an export stands. */
public enum ExportStatus {
    RUNNING,
    READY,
    FAILED,
    EXPIRED
}
