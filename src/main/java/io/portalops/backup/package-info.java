/**
 * Backup and restore of the embedded default (ADR 027): an online backup with PostgreSQL's own
 * {@code pg_backup_start}/{@code pg_backup_stop} and the WAL it needs, plus the upload directory and the audit anchors,
 * with a manifest of SHA-256 checksums; a restore onto a stopped installation; and the scheduled backup job. The
 * commands run before Spring starts ({@link io.portalops.backup.BackupCommand}).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.backup;
