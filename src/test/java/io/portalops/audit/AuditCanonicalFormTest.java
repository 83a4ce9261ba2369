package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bytes behind every stored hash. A change here breaks every chain already written, so the form is pinned to a
 * literal, and the hash to one computed outside Java (Python's hashlib over the same text), as an external verifier would.
 */
class AuditCanonicalFormTest {

    static final AuditCanonicalForm.Row ROW = new AuditCanonicalForm.Row(
            7,
            Instant.parse("2026-11-22T10:15:30.123456Z"),
            "ACCOUNT",
            42L,
            "admin",
            "contract.approved",
            "contract",
            "17",
            "{\"b\": [1, \"x\", {\"d\": 1, \"c\": 2.5}], \"a\": \"ü\"}",
            "10.0.0.1");

    @Test
    void the_canonical_form_has_sorted_keys_no_white_space_and_the_time_in_utc_with_microseconds() {
        assertThat(AuditCanonicalForm.canonical(ROW))
                .isEqualTo(
                        "{\"action\":\"contract.approved\",\"actorId\":42,\"actorName\":\"admin\","
                                + "\"actorType\":\"ACCOUNT\",\"clientIp\":\"10.0.0.1\",\"details\":{\"a\":\"ü\",\"b\":[1,\"x\",{\"c\":2.5,\"d\":1}]},"
                                + "\"occurredAt\":\"2026-11-22T10:15:30.123456Z\",\"seq\":7,\"targetId\":\"17\",\"targetType\":\"contract\"}");
    }

    @Test
    void the_hash_is_sha256_of_the_previous_hash_followed_by_the_canonical_form() {
        assertThat(AuditCanonicalForm.hash(AuditCanonicalForm.GENESIS, ROW))
                .isEqualTo("4ae9612e9977eb9d14893479613dd25d461ece7c0cb54645d38559059cdd3dac");
    }

    @Test
    void absent_values_are_written_as_null_and_stored_details_lose_their_nul_characters() {
        var row = new AuditCanonicalForm.Row(
                1, Instant.parse("2026-01-01T00:00:00Z"), "SYSTEM", null, null, "job.run_now", null, null, "{}", null);
        assertThat(AuditCanonicalForm.canonical(row))
                .isEqualTo(
                        "{\"action\":\"job.run_now\",\"actorId\":null,\"actorName\":null,\"actorType\":\"SYSTEM\","
                                + "\"clientIp\":null,\"details\":{},\"occurredAt\":\"2026-01-01T00:00:00.000000Z\",\"seq\":1,\"targetId\":null,\"targetType\":null}");
        assertThat(AuditCanonicalForm.detailsJson(Map.of("n\u0000", List.of("a\u0000b", 3))))
                .isEqualTo("{\"n\uFFFD\":[\"a\uFFFDb\",3]}");
    }
}
