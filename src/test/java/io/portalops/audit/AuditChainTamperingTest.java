package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.portalops.OwnerDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tampering that AuditLogTest leaves out: entries cut from the end once anchored, anchor lines forged or removed,
 * and a row slipped into the middle of the chain. The anchors live in a file of this test's own (the shared one is
 * read by other classes), and every change to the table runs as the owner in a transaction that is rolled back.
 */
@SpringBootTest
class AuditChainTamperingTest {

    static final Duration MAX_AGE = Duration.ofHours(2);

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path directory;

    Path file;
    AuditAnchors anchors;

    @BeforeEach
    void ownAnchorFile() {
        file = directory.resolve("anchors.log");
        anchors = new AuditAnchors(file, "a-test-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.US_ASCII), null);
    }

    long append(String what) {
        return audit.record(AuditEntry.of("test.tampering", "test", what, Map.of("what", what)));
    }

    AuditVerification verify(JdbcTemplate db, Instant now) {
        Clock clock = Clock.systemUTC();
        return new AuditVerifier(
                        db, anchors, clock, MAX_AGE, new AuditVerificationMetrics(new SimpleMeterRegistry(), clock))
                .verify(n -> {}, now);
    }

    /** The attack runs as the owner with the append-only trigger off; verified inside, then rolled back. */
    AuditVerification tampered(Consumer<JdbcTemplate> attack) {
        return OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            attack.accept(owner);
            return verify(owner, Instant.now());
        });
    }

    @Test
    void entries_deleted_from_the_end_after_they_were_anchored_are_found() {
        append("anchored one");
        long last = append("anchored two");
        anchors.write(Instant.now(), audit.head());
        assertThat(verify(jdbc, Instant.now()).intact()).isTrue();

        AuditVerification result = tampered(db -> db.update("delete from audit_log where seq >= ?", last - 1));

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(last - 1);
        assertThat(result.reason()).contains("removed from the end");
    }

    @Test
    void a_forged_anchor_line_is_found_by_its_signature() throws Exception {
        append("before the anchors");
        anchors.write(Instant.now(), audit.head());
        AuditLog.ChainHead head = audit.head();
        anchors.write(Instant.now(), head);
        assertThat(verify(jdbc, Instant.now()).intact()).isTrue();

        // an attacker without the key rewrites the newest line to vouch for another hash, keeping its old signature
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace(head.hash(), "f".repeat(64)));
        Files.write(file, lines);

        AuditVerification result = verify(jdbc, Instant.now());
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).contains("anchor line 2").contains("bad signature");
    }

    @Test
    void an_anchor_line_removed_from_the_middle_or_the_end_or_the_whole_file_is_found() throws Exception {
        append("before the anchors");
        Instant start = Instant.now();
        // three anchors, three hours apart: each one alone would be too old by the time of the next
        for (int line = 0; line < 3; line++) {
            append("line " + line);
            anchors.write(start.plus(Duration.ofHours(3L * line)), audit.head());
        }
        Instant soonAfterTheLast = start.plus(Duration.ofHours(6)).plus(Duration.ofMinutes(10));
        assertThat(verify(jdbc, soonAfterTheLast).intact())
                .as(verify(jdbc, soonAfterTheLast).summary())
                .isTrue();
        List<String> lines = Files.readAllLines(file);

        Files.write(file, List.of(lines.get(0), lines.get(2)));
        AuditVerification middle = verify(jdbc, soonAfterTheLast);
        assertThat(middle.intact()).isFalse();
        assertThat(middle.reason()).contains("anchor line 2").contains("does not follow");

        // the newest line cut: what remains is older than the maximum age
        Files.write(file, lines.subList(0, 2));
        AuditVerification end = verify(jdbc, soonAfterTheLast);
        assertThat(end.intact()).isFalse();
        assertThat(end.reason()).contains("older than");

        Files.delete(file);
        AuditVerification none = verify(jdbc, Instant.now().plus(MAX_AGE).plus(Duration.ofDays(1)));
        assertThat(none.intact()).isFalse();
        assertThat(none.reason()).contains("no anchor exists");
    }

    @Test
    void a_row_inserted_into_the_middle_of_the_chain_is_found() {
        long before = append("before the insert");
        long after = append("after the insert");
        anchors.write(Instant.now(), audit.head());

        AuditVerification result = tampered(db -> {
            // make room after #before, then write a row that links correctly to #before: only its successor can tell
            List<Long> later = new ArrayList<>(
                    db.queryForList("select seq from audit_log where seq > ? order by seq desc", Long.class, before));
            for (long seq : later) {
                db.update("update audit_log set seq = seq + 1 where seq = ?", seq);
            }
            String previous = db.queryForObject("select hash from audit_log where seq = ?", String.class, before);
            AuditCanonicalForm.Row row = new AuditCanonicalForm.Row(
                    before + 1,
                    AuditCanonicalForm.stored(Instant.now()),
                    "SYSTEM",
                    null,
                    "system",
                    "test.inserted",
                    "test",
                    "slipped in",
                    db.queryForObject("select cast('{}' as jsonb)::text", String.class),
                    null);
            db.update(
                    "insert into audit_log (seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id, details, "
                            + "client_ip, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
                    row.seq(),
                    Timestamp.from(row.occurredAt()),
                    row.actorType(),
                    row.actorId(),
                    row.actorName(),
                    row.action(),
                    row.targetType(),
                    row.targetId(),
                    row.detailsJson(),
                    row.clientIp(),
                    previous,
                    AuditCanonicalForm.hash(previous, row));
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).as(result.summary()).isEqualTo(after + 1);
        assertThat(result.reason()).contains("inserted");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'test.inserted'", Integer.class))
                .isZero();
    }
}
