package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries appended together at the commit (ADR 056, a bulk run's chunk) are the same chain links as single appends:
 * consecutive sequence numbers known when recorded, the stored JSON's text hashed, the chain intact, and nothing left
 * behind by a rollback.
 */
@SpringBootTest
class AuditAppendBatchTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private long append(String marker, int i) {
        // a number PostgreSQL rewrites (1.2E7) and keys it reorders: the hash must be taken over the stored text
        return audit.record(AuditEntry.of(
                "test.batched",
                "test",
                marker,
                Map.of("i", i, "big", 1.2E7, "z", Map.of("b", 2, "a", List.of(1, "x")))));
    }

    private long count(String marker) {
        return jdbc.queryForObject("select count(*) from audit_log where target_id = ?", Long.class, marker);
    }

    @Test
    void entries_appended_at_commit_are_consecutive_links_of_an_intact_chain() {
        String marker = "batch-" + UUID.randomUUID();
        List<Long> seqs = new ArrayList<>();
        long[] seenBeforeCommit = {-1};
        transaction.executeWithoutResult(status -> {
            audit.appendAtCommit();
            for (int i = 0; i < 5; i++) {
                seqs.add(append(marker, i));
            }
            seenBeforeCommit[0] = count(marker);
        });
        long after = audit.record(AuditEntry.of("test.batched", "test", marker, Map.of("after", true)));

        assertThat(seenBeforeCommit[0]).as("written at the commit, not before").isZero();
        assertThat(seqs)
                .containsExactly(seqs.get(0), seqs.get(0) + 1, seqs.get(0) + 2, seqs.get(0) + 3, seqs.get(0) + 4);
        assertThat(after).isEqualTo(seqs.get(4) + 1);
        assertThat(jdbc.queryForList("select seq from audit_log where target_id = ? order by seq", Long.class, marker))
                .containsExactly(seqs.get(0), seqs.get(1), seqs.get(2), seqs.get(3), seqs.get(4), after);
        for (long seq : seqs.subList(1, 5)) {
            assertThat(jdbc.queryForObject("select prev_hash from audit_log where seq = ?", String.class, seq))
                    .isEqualTo(jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, seq - 1));
        }
        assertThat(jdbc.queryForObject(
                        "select details ->> 'i' from audit_log where seq = ?", String.class, seqs.get(3)))
                .isEqualTo("3");
        AuditVerification result = verifier.verify(n -> {});
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.intactUpTo()).isGreaterThanOrEqualTo(after);
    }

    @Test
    void a_rolled_back_batch_leaves_no_entry_and_no_gap_in_the_chain() {
        String marker = "batch-" + UUID.randomUUID();
        long[] last = {0};
        transaction.executeWithoutResult(status -> {
            audit.appendAtCommit();
            for (int i = 0; i < 3; i++) {
                last[0] = append(marker, i);
            }
            status.setRollbackOnly();
        });
        long next = audit.record(AuditEntry.of("test.batched", "test", marker, Map.of("after", "rollback")));

        assertThat(count(marker)).isEqualTo(1);
        // the rolled-back numbers are given again (at most: another writer of the shared database may come between)
        assertThat(next).isLessThanOrEqualTo(last[0]);
        AuditVerification result = verifier.verify(n -> {});
        assertThat(result.intact()).as(result.summary()).isTrue();
    }
}
