package io.portalops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.usage.IdleSeatFigures;
import io.portalops.usage.ProductUsage;
import io.portalops.usage.UsageFixtures;
import io.portalops.workflow.WorkflowService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's "money in idle seats" and "money reclaimed this quarter" follow the data at once: they are read live
 * on every dashboard, not from the rollups the refresh job keeps, so completing a reclaim shows without a refresh.
 */
@SpringBootTest
class UsageTilesTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ProductUsage usage;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static BigDecimal eur(List<Money> amounts) {
        return amounts.stream()
                .filter(m -> m.currency().equals("EUR"))
                .map(Money::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    IdleSeatFigures tiles(String user) {
        return Objects.requireNonNull(users.as(user, () -> dashboard.snapshot()).saas())
                .idleSeats();
    }

    @Test
    void reclaiming_a_seat_moves_both_tiles_without_waiting_for_the_rollup_refresh() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());
        java.sql.Timestamp rollupsBefore =
                jdbc.queryForObject("select max(refreshed_at) from dashboard_refresh", java.sql.Timestamp.class);

        IdleSeatFigures before = tiles(productAdmin);
        long task = users.as(productAdmin, () -> usage.reclaim(s.product())).tasks().stream()
                .filter(t -> t.grantId() == s.idle())
                .findFirst()
                .orElseThrow()
                .taskId();
        users.run(productAdmin, () -> workflow.complete(task, "Seat removed in the vendor console"));
        IdleSeatFigures after = tiles(productAdmin);

        assertThat(before.idleSeats()).isEqualTo(2);
        assertThat(eur(before.idleMonthly())).isEqualByComparingTo("20.00");
        assertThat(eur(before.reclaimedThisQuarter())).isEqualByComparingTo("0");
        assertThat(eur(after.reclaimedThisQuarter())).isEqualByComparingTo("10.00");
        assertThat(after.idleSeats()).isEqualTo(1);
        assertThat(eur(after.idleMonthly())).isEqualByComparingTo("10.00");
        assertThat(jdbc.queryForObject("select max(refreshed_at) from dashboard_refresh", java.sql.Timestamp.class))
                .as("no rollup refresh ran in between")
                .isEqualTo(rollupsBefore);
    }
}
