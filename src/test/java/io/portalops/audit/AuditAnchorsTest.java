package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.portalops.OwnerDatabase;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anchors that carry the entry count and the newest hash, signed and chained (ADR 021), and a verifier that finds entries
 * cut from the end of the table, anchors cut from the end of their file or the file deleted, a middle entry rewritten
 * with everything after it rehashed, and any anchor edited, forged or removed. Each test writes its own anchor file;
 * attacks on the table run as the database owner and are rolled back.
 */
@SpringBootTest
class AuditAnchorsTest {

    static final Duration MAX_AGE = Duration.ofHours(2);

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path dir;

    static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    long append(String what) {
        return audit.record(AuditEntry.of("test.anchored", "test", what, Map.of("what", what)));
    }

    AuditVerification verify(JdbcTemplate db, AuditAnchors anchors, Instant now) {
        return new AuditVerifier(
                        db,
                        anchors,
                        Clock.systemUTC(),
                        MAX_AGE,
                        new AuditVerificationMetrics(
                                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Clock.systemUTC()))
                .verify(n -> {}, now);
    }

    @Test
    void an_anchor_line_carries_count_last_hash_previous_anchor_and_signature() throws Exception {
        AuditAnchors anchors = new AuditAnchors(dir.resolve("a.log"), key(), null);
        long seq = append("for the line format");
        Instant now = Instant.now();
        String first = anchors.write(now, audit.head());
        String second = anchors.write(now.plusSeconds(1), audit.head());
        String[] parts = first.split(" ");
        assertThat(parts).hasSize(6);
        assertThat(parts[0]).isEqualTo("v2");
        assertThat(Long.parseLong(parts[2])).isGreaterThanOrEqualTo(seq);
        assertThat(parts[3])
                .isEqualTo(jdbc.queryForObject(
                        "select hash from audit_log where seq = ?", String.class, Long.parseLong(parts[2])));
        assertThat(parts[4]).isEqualTo(AuditAnchors.GENESIS);
        assertThat(second.split(" ")[4]).isEqualTo(AuditAnchors.sha256(first));
        AuditVerification result = verify(jdbc, anchors, now.plusSeconds(2));
        assertThat(result.intact()).as(result.summary()).isTrue();
        assertThat(result.anchorsChecked()).isEqualTo(2);
    }

    @Test
    void the_last_rows_deleted_with_the_triggers_disabled_are_found_against_the_anchored_count() {
        AuditAnchors anchors = new AuditAnchors(dir.resolve("tail.log"), key(), null);
        append("tail 1");
        append("tail 2");
        long last = append("tail 3");
        Instant now = Instant.now();
        anchors.write(now, audit.head());
        AuditVerification result = OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            owner.update("delete from audit_log where seq > ?", last - 3);
            return verify(owner, anchors, now);
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.reason())
                .contains("the chain ends at #" + (last - 3))
                .contains("entries were removed from the end");
        assertThat(verify(jdbc, anchors, now).intact())
                .as("intact again once the attack is rolled back")
                .isTrue();
    }

    @Test
    void a_middle_row_rewritten_with_every_later_hash_recomputed_is_found_by_the_signed_anchor() {
        AuditAnchors anchors = new AuditAnchors(dir.resolve("middle.log"), key(), null);
        long middle = append("middle, to be forged");
        append("after the middle");
        Instant now = Instant.now();
        anchors.write(now, audit.head());
        AuditVerification result = OwnerDatabase.inRolledBackTransaction(environment, owner -> {
            owner.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
            // the attacker lacks the anchor key: they can make the table consistent again, but not re-sign the anchor
            List<AuditCanonicalForm.Row> rows = owner.query(
                    "select seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, "
                            + "target_id, details::text, client_ip from audit_log where seq >= ? order by seq",
                    (rs, n) -> new AuditCanonicalForm.Row(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getObject(4) == null ? null : rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getLong(1) == middle ? "forged" : rs.getString(8),
                            rs.getString(9),
                            rs.getString(10)),
                    middle);
            String previous =
                    owner.queryForObject("select prev_hash from audit_log where seq = ?", String.class, middle);
            for (AuditCanonicalForm.Row row : rows) {
                String hash = AuditCanonicalForm.hash(previous, row);
                owner.update(
                        "update audit_log set target_id = ?, prev_hash = ?, hash = ? where seq = ?",
                        row.targetId(),
                        previous,
                        hash,
                        row.seq());
                previous = hash;
            }
            return verify(owner, anchors, now);
        });
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).contains("the log was rewritten");
    }

    @Test
    void a_deleted_or_emptied_anchor_file_is_found_once_entries_are_older_than_the_maximum_age() throws Exception {
        Path file = dir.resolve("deleted.log");
        AuditAnchors anchors = new AuditAnchors(file, key(), null);
        append("before the anchor file goes");
        Instant now = Instant.now();
        anchors.write(now, audit.head());
        Instant later = now.plus(MAX_AGE).plusSeconds(60);
        Files.delete(file);
        AuditVerification deleted = verify(jdbc, anchors, later);
        assertThat(deleted.intact()).isFalse();
        assertThat(deleted.reason()).contains("no anchor exists").contains("deleted or emptied");

        Files.writeString(file, "");
        assertThat(verify(jdbc, anchors, later).reason()).contains("no anchor exists");
    }

    @Test
    void anchors_cut_from_the_end_of_the_file_leave_a_newest_anchor_older_than_expected() throws Exception {
        Path file = dir.resolve("cut.log");
        AuditAnchors anchors = new AuditAnchors(file, key(), null);
        append("anchored hourly");
        Instant now = Instant.now();
        for (int hoursAgo = 4; hoursAgo >= 0; hoursAgo--) {
            anchors.write(now.minus(Duration.ofHours(hoursAgo)), audit.head());
        }
        assertThat(verify(jdbc, anchors, now).intact()).isTrue();

        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 3));
        AuditVerification cut = verify(jdbc, anchors, now);
        assertThat(cut.intact()).isFalse();
        assertThat(cut.reason()).contains("newest anchor (line 2").contains("older than 120 minutes");

        Files.writeString(
                file,
                String.join("\n", lines).substring(0, String.join("\n", lines).length() - 20));
        assertThat(verify(jdbc, anchors, now).reason())
                .as("a line cut in the middle")
                .contains("anchor line 5");
    }

    @Test
    void an_edited_a_forged_and_a_removed_anchor_line_each_fail_their_signature_or_chain_link() throws Exception {
        Path file = dir.resolve("edited.log");
        AuditAnchors anchors = new AuditAnchors(file, key(), null);
        append("anchored three times");
        Instant now = Instant.now();
        for (int i = 3; i >= 1; i--) {
            anchors.write(now.minusSeconds(i), audit.head());
        }
        List<String> lines = Files.readAllLines(file);

        List<String> edited = new ArrayList<>(lines);
        String[] parts = edited.get(1).split(" ");
        parts[2] = String.valueOf(Long.parseLong(parts[2]) - 1);
        edited.set(1, String.join(" ", parts));
        Files.write(file, edited);
        assertThat(verify(jdbc, anchors, now).reason()).contains("anchor line 2 has a bad signature");

        AuditAnchors forger = new AuditAnchors(dir.resolve("forger.log"), key(), null);
        Files.write(file, List.of(lines.get(0), lines.get(1)));
        Files.copy(file, dir.resolve("forger.log"));
        forger.write(now, audit.head());
        Files.copy(dir.resolve("forger.log"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(verify(jdbc, anchors, now).reason())
                .as("signed with another key")
                .contains("anchor line 3 has a bad signature");

        Files.write(file, List.of(lines.get(0), lines.get(2)));
        assertThat(verify(jdbc, anchors, now).reason()).contains("anchor line 2 does not follow the line before it");

        Files.write(file, List.of(lines.get(1), lines.get(0), lines.get(2)));
        assertThat(verify(jdbc, anchors, now).reason()).contains("anchor line 1 does not follow");

        Files.write(file, lines);
        assertThat(verify(jdbc, anchors, now).intact()).isTrue();
    }

    @Test
    void every_anchor_is_also_posted_to_the_http_sink_and_a_failing_sink_fails_the_job_but_keeps_the_file_line()
            throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        int[] status = {204};
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/anchors", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(status[0], -1);
            exchange.close();
        });
        server.start();
        try {
            Path file = dir.resolve("http.log");
            AnchorSink sink =
                    AnchorSink.fromUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/anchors", "sink-token");
            AuditAnchors anchors = new AuditAnchors(file, key(), sink);
            String line = anchors.write(Instant.now(), audit.head());
            assertThat(received).containsExactly(line + "\n");
            assertThat(authorizations).containsExactly("Bearer sink-token");

            status[0] = 500;
            assertThatThrownBy(() -> anchors.write(Instant.now(), audit.head()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("not to the second sink")
                    .hasMessageContaining("500");
            assertThat(Files.readAllLines(file)).hasSize(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void every_anchor_is_also_sent_to_syslog_over_udp() throws Exception {
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            syslog.setSoTimeout(5_000);
            AuditAnchors anchors = new AuditAnchors(
                    dir.resolve("syslog.log"),
                    key(),
                    AnchorSink.fromUrl("syslog+udp://127.0.0.1:" + syslog.getLocalPort(), null));
            String line = anchors.write(Instant.now(), audit.head());
            DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
            syslog.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertThat(message)
                    .startsWith("<110>1 ")
                    .contains(" portalops - audit-anchor - ")
                    .endsWith(line);
        }
    }

    @Autowired
    AuditAnchors applicationAnchors;

    @Test
    void the_application_anchors_its_chain_at_start_so_a_restart_after_downtime_is_not_stale() {
        assertThat(applicationAnchors.read())
                .isNotEmpty()
                .allSatisfy(anchor -> assertThat(anchor.problem()).isNull());
    }

    @Test
    void an_unknown_sink_scheme_is_refused_at_start() {
        assertThatThrownBy(() -> AnchorSink.fromUrl("ftp://example.com/anchors", null))
                .hasMessageContaining("portalops.audit.anchor-sink.url");
        assertThat(AnchorSink.fromUrl("", null)).isNull();
    }
}
