package io.portalops.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The email outbox in plain SQL (ADR 012): enqueue with a unique dedup key, claim under a lease, mark the outcome. */
@Component
class OutboxStore {

    /** A claimed message: everything needed to send it. {@code attempt} counts this one. */
    record Claimed(
            long id,
            String dedupKey,
            String toAddress,
            String subject,
            String textBody,
            String htmlBody,
            int attempt,
            @Nullable String traceParent) {}

    private final JdbcClient jdbc;

    private final OutboxTrace trace;

    OutboxStore(JdbcClient jdbc, OutboxTrace trace) {
        this.jdbc = jdbc;
        this.trace = trace;
    }

    /** False when a message with this key is already queued (or sent). */
    boolean enqueue(String dedupKey, @Nullable Long recipientId, String toAddress, RenderedMail mail, Instant now) {
        return jdbc.sql("""
                        insert into mail_outbox (dedup_key, recipient_id, to_address, subject, text_body, html_body, next_attempt_at,
                                                 created_at, trace_parent)
                        values (:key, :recipient, :to, :subject, :text, :html, :now, :now, :trace)
                        on conflict (dedup_key) do nothing""")
                        .param("trace", trace.current())
                        .param("key", dedupKey)
                        .param("recipient", recipientId)
                        .param("to", toAddress)
                        .param("subject", mail.subject())
                        .param("text", mail.text())
                        .param("html", mail.html())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /**
     * Takes up to {@code max} due messages: pending ones whose time has come, and those whose sender's lease ran out.
     * {@code skip locked} lets concurrent senders take disjoint sets; the lease is committed by the caller before sending.
     */
    List<Claimed> claim(Instant now, Instant leaseUntil, int max) {
        return jdbc.sql("""
                        update mail_outbox o set status = 'SENDING', lease_until = :lease, attempts = o.attempts + 1
                        where o.id in (select id from mail_outbox
                                       where (status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and lease_until < :now)
                                       order by next_attempt_at, id limit :max for update skip locked)
                        returning o.id, o.dedup_key, o.to_address, o.subject, o.text_body, o.html_body, o.attempts, o.trace_parent""")
                .param("lease", Timestamp.from(leaseUntil))
                .param("now", Timestamp.from(now))
                .param("max", max)
                .query((rs, n) -> new Claimed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8)))
                .list();
    }

    void markSent(long id, Instant now) {
        jdbc.sql(
                        "update mail_outbox set status = 'SENT', sent_at = ?, lease_until = null, last_error = null where id = ? and status = 'SENDING'")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Back to PENDING at {@code nextAttempt}, or FAILED for good when {@code failed}. */
    void markFailed(long id, String error, Instant nextAttempt, boolean failed) {
        jdbc.sql(
                        "update mail_outbox set status = ?, last_error = ?, next_attempt_at = ?, lease_until = null where id = ? and status = 'SENDING'")
                .params(
                        failed ? "FAILED" : "PENDING",
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        Timestamp.from(nextAttempt),
                        id)
                .update();
    }

    /** Messages not sent yet, newest first, {@code limit + 1} rows. */
    /** Messages not yet sent nor given up: a cheap count over the partial indexes. */
    double backlog() {
        return jdbc.sql("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")
                .query(Long.class)
                .single();
    }

    /** Seconds since the oldest waiting message was queued; 0 when none waits. */
    double oldestWaitingSeconds(Instant now) {
        return jdbc.sql("select min(created_at) from mail_outbox where status in ('PENDING', 'SENDING')")
                .query(Timestamp.class)
                .optional()
                .map(oldest -> Math.max(0, (now.toEpochMilli() - oldest.getTime()) / 1000.0))
                .orElse(0.0);
    }

    List<OutboxItem> open(int offset, int limit) {
        return jdbc.sql("""
                        select id, to_address, subject, status, attempts, next_attempt_at, last_error, created_at from mail_outbox
                        where status <> 'SENT' order by id desc offset ? limit ?""").params(offset, limit + 1).query(OutboxStore::item).list();
    }

    Optional<OutboxStatus> status(long id) {
        return jdbc.sql("select status from mail_outbox where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .map(OutboxStatus::valueOf);
    }

    /** Due at once; a message that had failed for good starts its attempts afresh. */
    void retryNow(long id, Instant now) {
        jdbc.sql("""
                        update mail_outbox set attempts = case when status = 'FAILED' then 0 else attempts end,
                               status = 'PENDING', next_attempt_at = ? where id = ? and status in ('PENDING', 'FAILED')""").params(Timestamp.from(now), id).update();
    }

    private static OutboxItem item(ResultSet rs, int row) throws SQLException {
        return new OutboxItem(
                rs.getLong("id"),
                rs.getString("to_address"),
                rs.getString("subject"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }
}
