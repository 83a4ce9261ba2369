package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain: appends link up, concurrent appends never fork, the database refuses changes, and an attacker with the
 * rights to switch the trigger off (a database superuser) still cannot edit, delete, reorder or rewrite entries unseen.
 * Every tampering happens in a transaction that is rolled back, so the shared test database keeps an intact chain.
 */
@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditAnchorJob anchorJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    long append(String what) {
        return audit.record(AuditEntry.of(
                "test.appended", "test", what, Map.of("what", what, "nested", Map.of("b", 2, "a", List.of(1, "x")))));
    }

    @Autowired
    org.springframework.core.env.Environment environment;

    @Autowired
    AuditAnchors anchors;

    /** The attack runs as the database owner (the app role may not disable triggers), and is rolled back afterwards. */
    AuditVerification tampered(java.util.function.Consumer<JdbcTemplate> attack) {
        return io.portalops.OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            attack.accept(owner);
            return new AuditVerifier(
                            owner,
                            anchors,
                            Clock.systemUTC(),
                            java.time.Duration.ofDays(1),
                            new AuditVerificationMetrics(
                                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Clock.systemUTC()))
                    .verify(n -> {});
        });
    }

    @Test
    void appended_entries_chain_to_each_other_and_verify_as_intact() {
        long first = append("one");
        long second = append("two");
        assertThat(second).isEqualTo(first + 1);
        assertThat(jdbc.queryForObject("select prev_hash from audit_log where seq = ?", String.class, second))
                .isEqualTo(jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, first));
        AuditVerification result = verifier.verify(n -> {});
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.intactUpTo()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void concurrent_appends_form_one_chain_without_forks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> seqs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String what = "concurrent-" + i;
            Callable<Long> task = () -> transaction.execute(status -> append(what));
            seqs.add(pool.submit(task));
        }
        List<Long> written = new ArrayList<>();
        for (Future<Long> seq : seqs) {
            written.add(seq.get());
        }
        pool.shutdown();
        assertThat(written).doesNotHaveDuplicates().hasSize(80);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) = count(*) from audit_log", Boolean.class))
                .as("no two entries claim the same predecessor")
                .isTrue();
        assertThat(verifier.verify(n -> {}).intact()).isTrue();
    }

    @Test
    void details_that_postgresql_writes_differently_from_jackson_still_verify() {
        long seq = audit.record(AuditEntry.of(
                "test.numbers",
                "test",
                "numbers",
                Map.of(
                        "large",
                        12_000_000.0,
                        "exponent",
                        new BigDecimal("1E+3"),
                        "tiny",
                        1e-7,
                        "scale",
                        new BigDecimal("2.50"),
                        "text",
                        "naïve ✓ \"quoted\" \\ back\ttab")));
        AuditVerification result = verifier.verify(n -> {});
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.intactUpTo()).isGreaterThanOrEqualTo(seq);
    }

    @Test
    void a_nul_character_in_a_value_is_replaced_so_the_entry_is_still_written() {
        long seq = audit.record(new AuditEntry(
                "test.nul",
                "test",
                "nul\u0000id",
                Map.of("username", "evil\u0000name", "list", List.of("a\u0000")),
                AuditActor.anonymous("evil\u0000name")));
        assertThat(jdbc.queryForObject("select actor_name from audit_log where seq = ?", String.class, seq))
                .isEqualTo("evil\uFFFDname");
        assertThat(jdbc.queryForObject("select details ->> 'username' from audit_log where seq = ?", String.class, seq))
                .isEqualTo("evil\uFFFDname");
        assertThat(jdbc.queryForObject("select target_id from audit_log where seq = ?", String.class, seq))
                .isEqualTo("nul\uFFFDid");
        AuditVerification result = verifier.verify(n -> {});
        assertThat(result.intact()).as(result.summary()).isTrue();
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_entries_even_to_the_owner() {
        long seq = append("protected");
        io.portalops.OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("savepoint s");
            assertThatThrownBy(() -> owner.update("update audit_log set action = 'x.y' where seq = ?", seq))
                    .rootCause()
                    .hasMessageContaining("append-only");
            owner.execute("rollback to savepoint s");
            assertThatThrownBy(() -> owner.update("delete from audit_log where seq = ?", seq))
                    .rootCause()
                    .hasMessageContaining("append-only");
            owner.execute("rollback to savepoint s");
            assertThatThrownBy(() -> owner.execute("truncate audit_log"))
                    .rootCause()
                    .hasMessageContaining("append-only");
            return null;
        });
        assertThat(jdbc.queryForObject("select action from audit_log where seq = ?", String.class, seq))
                .isEqualTo("test.appended");
    }

    @Test
    void an_edited_entry_is_found_with_its_number_and_reason() {
        long seq = append("edited");
        append("after edited");
        AuditVerification result =
                tampered(db -> db.update("update audit_log set details = '{\"what\": \"forged\"}' where seq = ?", seq));
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(seq);
        assertThat(result.reason()).contains("changed after it was written");
        assertThat(result.intactUpTo()).isEqualTo(seq - 1);
    }

    @Test
    void a_deleted_entry_is_found_as_missing() {
        long seq = append("deleted");
        append("after deleted");
        AuditVerification result = tampered(db -> db.update("delete from audit_log where seq = ?", seq));
        assertThat(result.brokenAt()).isEqualTo(seq);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void two_swapped_entries_are_found() {
        long a = append("first of a pair");
        long b = append("second of a pair");
        append("after the pair");
        AuditVerification result = tampered(db -> {
            db.update("update audit_log set seq = -1 where seq = ?", a);
            db.update("update audit_log set seq = ? where seq = ?", a, b);
            db.update("update audit_log set seq = ? where seq = -1", b);
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(a);
    }

    @Test
    void a_table_rewritten_consistently_from_scratch_is_caught_by_the_anchor() {
        append("before the anchor");
        assertThat(anchorJob.execute(Clock.systemUTC())).startsWith("Anchored #");
        AuditVerification honest = verifier.verify(n -> {});
        assertThat(honest.intact()).as(honest.summary()).isTrue();
        assertThat(honest.anchorsChecked()).isPositive();

        AuditVerification result = tampered(db -> {
            // the attacker rebuilds every entry with a forged action and recomputes the whole chain
            List<AuditCanonicalForm.Row> rows = db.query(
                    "select seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, "
                            + "target_id, details::text, client_ip from audit_log order by seq",
                    (rs, n) -> new AuditCanonicalForm.Row(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getObject(4) == null ? null : rs.getLong(4),
                            rs.getString(5),
                            "forged.action",
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10)));
            String previous = AuditCanonicalForm.GENESIS;
            for (AuditCanonicalForm.Row row : rows) {
                String hash = AuditCanonicalForm.hash(previous, row);
                db.update(
                        "update audit_log set action = ?, prev_hash = ?, hash = ? where seq = ?",
                        row.action(),
                        previous,
                        hash,
                        row.seq());
                previous = hash;
            }
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).contains("rewritten");
    }

    @Test
    void the_command_line_check_prints_the_result_and_exits_zero_when_intact_and_one_when_broken() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(AuditCommand.verify(verifier, new java.io.PrintStream(out, true)))
                .isZero();
        assertThat(out.toString()).contains("Intact up to #");

        long seq = append("broken for the command line");
        Integer code = io.portalops.OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            owner.update("update audit_log set target_id = 'forged' where seq = ?", seq);
            java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
            int exit = AuditCommand.verify(
                    new AuditVerifier(
                            owner,
                            anchors,
                            Clock.systemUTC(),
                            java.time.Duration.ofDays(1),
                            new AuditVerificationMetrics(
                                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Clock.systemUTC())),
                    new java.io.PrintStream(broken, true));
            assertThat(broken.toString()).contains("Broken at #" + seq);
            return exit;
        });
        assertThat(code).isEqualTo(1);
        assertThat(AuditCommand.run(Object.class, new String[] {"audit", "wrong"}))
                .isEqualTo(2);
        assertThat(AuditCommand.run(Object.class, new String[] {"audit", "verify"}))
                .as("an application that cannot start")
                .isEqualTo(3);
    }
}
