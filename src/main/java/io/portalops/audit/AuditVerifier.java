package io.portalops.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Re-reads the audit log in sequence order, a page at a time (constant memory), and checks that every entry's hash
 * matches its content and its predecessor, that no sequence number is missing, and that the chain still passes
 * through every anchor written outside the table (which catches a table rewritten from scratch). The anchors must be
 * signed and chained, none may count more entries than the table holds (entries cut from the end), and the newest must
 * be younger than {@code portalops.audit.anchor-max-age} (anchors cut from the end of the file, or deleted), ADR 021.
 */
@Service
public class AuditVerifier {

    private static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final AuditAnchors anchors;
    private final Clock clock;
    private final Duration maxAge;
    private final AuditVerificationMetrics metrics;

    @Autowired
    AuditVerifier(
            JdbcTemplate jdbc,
            AuditAnchors anchors,
            Clock clock,
            AuditProperties properties,
            AuditVerificationMetrics metrics) {
        this(jdbc, anchors, clock, properties.anchorMaxAge(), metrics);
    }

    AuditVerifier(
            JdbcTemplate jdbc, AuditAnchors anchors, Clock clock, Duration maxAge, AuditVerificationMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.anchors = anchors;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Checks the whole chain; {@code progress} hears the number of entries checked so far (for a progress bar). */
    public AuditVerification verify(LongConsumer progress) {
        return verify(progress, clock.instant());
    }

    /** The check as of {@code now}, which decides whether the newest anchor is too old. */
    AuditVerification verify(LongConsumer progress, Instant now) {
        AuditVerification verification = check(progress, now);
        metrics.verified(verification, clock.instant());
        return verification;
    }

    private AuditVerification check(LongConsumer progress, Instant now) {
        String previousHash = AuditCanonicalForm.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<Stored> page = jdbc.query(
                    "select seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id, "
                            + "details::text, client_ip, prev_hash, hash from audit_log where seq >= ? order by seq limit ?",
                    AuditVerifier::stored,
                    expected,
                    PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (Stored entry : page) {
                if (entry.row().seq() != expected) {
                    return broken(
                            expected, "entry #" + expected + " is missing: deleted, or its number changed", checked);
                }
                if (!entry.prevHash().equals(previousHash)) {
                    return broken(
                            expected,
                            "it does not point to the hash of #" + (expected - 1)
                                    + ": entries were removed, inserted or reordered",
                            checked);
                }
                if (!AuditCanonicalForm.hash(entry.prevHash(), entry.row()).equals(entry.hash())) {
                    return broken(
                            expected,
                            "its content no longer matches its hash: it was changed after it was written",
                            checked);
                }
                previousHash = entry.hash();
                expected++;
                checked++;
            }
            progress.accept(checked);
        }
        long last = expected - 1;
        List<AuditAnchors.Anchor> written = anchors.read();
        int anchorsChecked = 0;
        long previousCount = 0;
        for (AuditAnchors.Anchor anchor : written) {
            if (anchor.problem() != null) {
                // the entries check out up to #last; what can no longer be vouched for is everything after it
                return broken(last + 1, "anchor line " + anchor.line() + " " + anchor.problem(), checked);
            }
            if (anchor.count() < previousCount) {
                return broken(
                        anchor.count() + 1,
                        "anchor line " + anchor.line() + " counts " + anchor.count()
                                + " entries, fewer than the line before it: the log was cut and anchored again",
                        checked);
            }
            if (anchor.count() > last) {
                return broken(
                        last + 1,
                        "the chain ends at #" + last + " before the " + anchor.count() + " entries anchored at line "
                                + anchor.line() + " (" + anchor.at() + "): entries were removed from the end",
                        checked);
            }
            if (anchor.count() > 0) {
                String hash =
                        jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, anchor.count());
                if (!anchor.lastHash().equals(hash)) {
                    return broken(
                            anchor.count(),
                            "its hash differs from anchor line " + anchor.line() + ": the log was rewritten",
                            checked);
                }
            }
            previousCount = anchor.count();
            anchorsChecked++;
        }
        String stale = staleness(written, last, now);
        if (stale != null) {
            return broken(last + 1, stale, checked);
        }
        return new AuditVerification(true, last, null, null, checked, anchorsChecked);
    }

    /**
     * The anchor job writes every hour (and at start): a newest anchor older than the maximum age means the job stopped
     * or the newest anchors were removed. Without any anchor, entries older than the maximum age should have been anchored.
     */
    private @Nullable String staleness(List<AuditAnchors.Anchor> written, long last, Instant now) {
        Instant due = now.minus(maxAge);
        if (!written.isEmpty()) {
            Instant newest = written.getLast().at();
            return newest.isBefore(due)
                    ? "the newest anchor (line " + written.getLast().line() + ", " + newest + ") is older than "
                            + maxAge.toMinutes()
                            + " minutes: the anchor job stopped, or anchors were removed from the end of the file"
                    : null;
        }
        if (last == 0) {
            return null;
        }
        Timestamp first = jdbc.queryForObject("select occurred_at from audit_log where seq = 1", Timestamp.class);
        return first != null && first.toInstant().isBefore(due)
                ? "no anchor exists although entries exist since " + first.toInstant()
                        + ": the anchor file was deleted or emptied"
                : null;
    }

    private static AuditVerification broken(long at, String reason, long checked) {
        return new AuditVerification(false, at - 1, at, reason, checked, 0);
    }

    private record Stored(AuditCanonicalForm.Row row, String prevHash, String hash) {}

    private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
        long actorId = rs.getLong(4);
        Long actor = rs.wasNull() ? null : actorId;
        return new Stored(
                new AuditCanonicalForm.Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        actor,
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)),
                rs.getString(11),
                rs.getString(12));
    }
}
