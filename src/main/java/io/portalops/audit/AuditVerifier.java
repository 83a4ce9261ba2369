package io.portalops.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Re-reads the audit log in sequence order, a page at a time (constant memory), and checks that every entry's hash
 * matches its content and its predecessor, that no sequence number is missing, and that the chain still passes
 * through every anchor written outside the table (which catches a table rewritten from scratch).
 */
@Service
public class AuditVerifier {

    private static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final AuditAnchors anchors;

    AuditVerifier(JdbcTemplate jdbc, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.anchors = anchors;
    }

    /** Checks the whole chain; {@code progress} hears the number of entries checked so far (for a progress bar). */
    public AuditVerification verify(LongConsumer progress) {
        String previousHash = AuditCanonicalForm.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<Stored> page = jdbc.query("select seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id, "
                    + "details::text, client_ip, prev_hash, hash from audit_log where seq >= ? order by seq limit ?", AuditVerifier::stored,
                    expected, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (Stored entry : page) {
                if (entry.row().seq() != expected) {
                    return broken(expected, "entry #" + expected + " is missing: deleted, or its number changed", checked);
                }
                if (!entry.prevHash().equals(previousHash)) {
                    return broken(expected, "it does not point to the hash of #" + (expected - 1) + ": entries were removed, inserted or reordered",
                            checked);
                }
                if (!AuditCanonicalForm.hash(entry.prevHash(), entry.row()).equals(entry.hash())) {
                    return broken(expected, "its content no longer matches its hash: it was changed after it was written", checked);
                }
                previousHash = entry.hash();
                expected++;
                checked++;
            }
            progress.accept(checked);
        }
        long last = expected - 1;
        int anchorsChecked = 0;
        for (AuditAnchors.Anchor anchor : anchors.read()) {
            if (!anchor.signatureValid()) {
                return broken(anchor.seq(), "anchor line " + anchor.line() + " has a bad signature: the anchor file was edited", checked);
            }
            if (anchor.seq() > last) {
                return broken(last + 1, "anchor " + anchor.line() + " saw entry #" + anchor.seq() + " but the log ends at #" + last
                        + ": entries were removed from the end", checked);
            }
            if (anchor.seq() > 0) {
                String hash = jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, anchor.seq());
                if (!anchor.hash().equals(hash)) {
                    return broken(anchor.seq(), "its hash differs from anchor line " + anchor.line() + ": the log was rewritten", checked);
                }
            }
            anchorsChecked++;
        }
        return new AuditVerification(true, last, null, null, checked, anchorsChecked);
    }

    private static AuditVerification broken(long at, String reason, long checked) {
        return new AuditVerification(false, at - 1, at, reason, checked, 0);
    }

    private record Stored(AuditCanonicalForm.Row row, String prevHash, String hash) {
    }

    private static Stored stored(ResultSet rs, int rowNum) throws SQLException {
        long actorId = rs.getLong(4);
        Long actor = rs.wasNull() ? null : actorId;
        return new Stored(new AuditCanonicalForm.Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), actor,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                rs.getString(11), rs.getString(12));
    }

}
