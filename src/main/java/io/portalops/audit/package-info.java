/**
 * Who changed what, and proof that the record is whole (ADR 014, 021).
 *
 * <p>Public API: {@link io.portalops.audit.AuditLog} (append an {@link io.portalops.audit.AuditEntry} to the
 * hash-chained, append-only log, in the caller's transaction), {@link io.portalops.audit.AuditReader} (ADMIN and
 * AUDITOR: search and verify), {@link io.portalops.audit.EntityHistory} and {@link io.portalops.audit.EntityChanges}
 * (Envers revisions of any entity, field by field, for the History tabs), {@link io.portalops.audit.PiiRevealLog}
 * (a reveal of personal data with its reason, on the audit log), records {@code AuditActor}, {@code AuditLogItem},
 * {@code AuditFilter}, {@code AuditVerification}, {@code RevisionSnapshot}, {@code EntityChange}, {@code PiiRevealRecord};
 * named interface {@code history-dialog}: {@code ui.HistoryDialog}.
 *
 * <p>Internal: the Envers revision entity, the canonical form that is hashed, the verifier, the signed anchors and their
 * job, the audit trails of exports and jobs, the {@code audit verify} command.
 */
@org.jspecify.annotations.NullMarked
package io.portalops.audit;
