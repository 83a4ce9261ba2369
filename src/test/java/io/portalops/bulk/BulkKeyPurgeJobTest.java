package io.portalops.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class BulkKeyPurgeJobTest {

    @Autowired
    BulkKeyPurgeJob job;

    @Autowired
    BulkKeyProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    void key(String key, Instant createdAt) {
        jdbc.update(
                "insert into bulk_request_key (account_id, key, request_hash, response_status, response_body, "
                        + "created_at) values ((select id from account where username = 'admin'), ?, 'h', 200, '{}', ?)",
                key,
                Timestamp.from(createdAt));
    }

    boolean exists(String key) {
        return jdbc.queryForObject("select count(*) from bulk_request_key where key = ?", Long.class, key) == 1;
    }

    @Test
    void keys_are_remembered_24_hours_by_default_and_the_job_forgets_only_the_older_ones() {
        assertThat(properties.retention()).isEqualTo(Duration.ofHours(24));
        Instant now = Instant.parse("2030-03-01T12:00:00Z");
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        key(old, now.minus(Duration.ofHours(25)));
        key(fresh, now.minus(Duration.ofHours(23)));

        String outcome = job.execute(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(exists(old)).isFalse();
        assertThat(exists(fresh)).isTrue();
        assertThat(outcome).startsWith("Forgot ");
        jdbc.update("delete from bulk_request_key where key = ?", fresh);
    }
}
