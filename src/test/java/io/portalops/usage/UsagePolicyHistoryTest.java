package io.portalops.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A product's usage settings are versioned by Envers and on the audit log; the threshold job's bookkeeping is not. */
@SpringBootTest
class UsagePolicyHistoryTest {

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ProductUsage usage;

    @Autowired
    SeatThresholdJob thresholds;

    @Autowired
    TestUsers users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> revisions(long product) {
        return jdbc.queryForList(
                "select a.revtype, a.idle_days, a.max_unused_seats, a.min_free_seats, r.username "
                        + "from usage_policy_aud a join audit_revision r on r.id = a.rev "
                        + "where a.product_id = ? order by a.rev",
                product);
    }

    @Test
    void each_settings_change_is_a_revision_with_who_made_it_and_an_audit_entry_and_an_alert_adds_none() {
        UsageFixtures.Seats s = fx.seats();
        String serviceAdmin = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(serviceAdmin, s.service());

        users.run(serviceAdmin, () -> usage.updatePolicy(s.product(), new UsagePolicyForm(14, 2, 1)));
        // 10 seats, 4 held, 9 unused: over 5, so the next job run alerts and remembers when
        users.run("admin", () -> usage.updatePolicy(s.product(), new UsagePolicyForm(null, 5, null)));
        thresholds.execute(clock);

        assertThat(jdbc.queryForObject(
                        "select unused_alerted_at is not null from usage_policy where product_id = ?",
                        Boolean.class,
                        s.product()))
                .as("the job did alert")
                .isTrue();
        assertThat(revisions(s.product()))
                .extracting(
                        r -> ((Number) r.get("revtype")).intValue(),
                        r -> r.get("idle_days"),
                        r -> r.get("max_unused_seats"),
                        r -> r.get("min_free_seats"),
                        r -> r.get("username"))
                .containsExactly(tuple(0, 14, 2, 1, serviceAdmin), tuple(1, null, 5, null, "admin"));
        assertThat(jdbc.queryForList(
                        "select details->>'maxUnusedSeats' from audit_log where action = 'usage.policy_changed' "
                                + "and target_type = 'product' and target_id = ? order by seq",
                        String.class,
                        Long.toString(s.product())))
                .containsExactly("2", "5");
    }
}
