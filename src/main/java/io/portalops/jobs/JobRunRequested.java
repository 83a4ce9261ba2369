package io.portalops.jobs;

/** An admin pressed "run now": published before the run, so the audit log records the request (ADR 013, 014). */
public record JobRunRequested(String jobName, long accountId, String username) {}
