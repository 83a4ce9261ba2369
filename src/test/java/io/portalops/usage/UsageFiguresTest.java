package io.portalops.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.workflow.WorkflowService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class UsageFiguresTest {

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ProductUsage usage;

    @Autowired
    UsageFigures figures;

    @Autowired
    SeatThresholdJob thresholds;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    /** Reclaimable seats of the products given, times each product's monthly seat cost, straight from the tables. */
    BigDecimal idleMoneyBySql(long product) {
        return jdbc.queryForObject(
                "select coalesce(sum(p.cost_amount), 0) from access_grant g join product p on p.id = g.product_id "
                        + "left join product_use u on u.person_id = g.person_id and u.product_id = g.product_id "
                        + "where g.product_id = ? and g.status = 'ACTIVE' "
                        + "and coalesce(u.last_used_at, g.granted_at) < now() - interval '30 days'",
                BigDecimal.class,
                product);
    }

    BigDecimal reclaimedBySql(Set<Long> products) {
        LocalDate today = LocalDate.now(clock);
        LocalDate quarter =
                today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        return jdbc.queryForObject(
                "select coalesce(sum(saving_amount), 0) from workflow_task where status = 'DONE' "
                        + "and saving_currency = 'EUR' and closed_at >= ? and product_id = any(?)",
                BigDecimal.class,
                java.sql.Timestamp.from(quarter.atStartOfDay(clock.getZone()).toInstant()),
                products.toArray(Long[]::new));
    }

    static BigDecimal eur(List<Money> amounts) {
        return amounts.stream()
                .filter(m -> m.currency().equals("EUR"))
                .map(Money::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    @Test
    void a_product_admin_sees_the_money_in_idle_seats_and_reclaimed_this_quarter_of_their_product_as_the_tables_say() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());

        IdleSeatFigures before = users.as(productAdmin, () -> figures.figures());

        assertThat(before.idleSeats()).isEqualTo(2);
        assertThat(eur(before.idleMonthly())).isEqualByComparingTo(idleMoneyBySql(s.product()));
        assertThat(eur(before.idleMonthly())).isEqualByComparingTo("20.00");
        assertThat(eur(before.reclaimedThisQuarter())).isEqualByComparingTo("0");

        ReclaimResult reclaim = users.as(productAdmin, () -> usage.reclaim(s.product()));
        long task = reclaim.tasks().stream()
                .filter(t -> t.grantId() == s.idle())
                .findFirst()
                .orElseThrow()
                .taskId();
        users.run(productAdmin, () -> workflow.complete(task, "Removed in the vendor console, ticket OPS-1"));

        IdleSeatFigures after = users.as(productAdmin, () -> figures.figures());

        assertThat(eur(after.reclaimedThisQuarter())).isEqualByComparingTo("10.00");
        assertThat(eur(after.reclaimedThisQuarter())).isEqualByComparingTo(reclaimedBySql(Set.of(s.product())));
        assertThat(after.idleSeats()).as("the revoked seat is gone").isEqualTo(1);
        assertThat(eur(after.idleMonthly())).isEqualByComparingTo(idleMoneyBySql(s.product()));
    }

    @Test
    void each_role_reaches_only_the_products_in_its_scope_and_only_service_admins_change_settings() {
        UsageFixtures.Seats s = fx.seats();
        long other = directory.product(directory.service().id(), io.portalops.inventory.LicenceModel.PER_SEAT, 3);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());
        String elsewhere = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(elsewhere, other);
        String serviceAdmin = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(serviceAdmin, s.service());
        UsagePolicyForm form = new UsagePolicyForm(14, 2, 1);

        assertThat(users.as(productAdmin, () -> usage.usage(s.product())).mayEditPolicy())
                .isFalse();
        assertThatThrownBy(() -> users.as(productAdmin, () -> usage.updatePolicy(s.product(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(serviceAdmin, () -> usage.updatePolicy(s.product(), form))
                        .idleDays())
                .isEqualTo(14);
        for (String outsider : List.of(elsewhere)) {
            assertThatThrownBy(() -> users.as(outsider, () -> usage.usage(s.product())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.as(outsider, () -> usage.reclaim(s.product())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(eur(users.as(outsider, () -> figures.figures()).idleMonthly()))
                    .as("another product's idle seats are not in their figures")
                    .isEqualByComparingTo(idleMoneyBySql(other));
        }
        for (String noSaas : List.of("analyst", "manager", "approver")) {
            assertThatThrownBy(() -> users.as(noSaas, () -> usage.usage(s.product())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(noSaas, () -> usage.reclaim(s.product())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fx.tasksOf(s.idle()))
                .as("nobody outside the scope reclaimed")
                .isZero();
    }

    @Test
    void a_threshold_alerts_the_products_admins_once_per_crossing() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());
        long adminId = directory.accountId(productAdmin);
        // 10 seats, 4 held: 6 free, and 9 unused (1 idle, 2 never used, 6 free)
        users.run("admin", () -> usage.updatePolicy(s.product(), new UsagePolicyForm(null, 8, 7)));

        thresholds.execute(clock);
        // a day later: a new dedup key, so only the remembered crossing keeps the alert from going out again
        thresholds.execute(Clock.offset(clock, java.time.Duration.ofDays(1)));

        assertThat(jdbc.queryForList(
                        "select cause from notification where recipient_id = ? order by id", String.class, adminId))
                .containsExactly("SEAT_THRESHOLD", "SEAT_THRESHOLD");
        assertThat(jdbc.queryForList(
                        "select title from notification where recipient_id = ? order by id", String.class, adminId))
                .anySatisfy(t -> assertThat(t).startsWith("9 unused seats of "))
                .anySatisfy(t -> assertThat(t).startsWith("Only 6 free seats of "));

        users.run("admin", () -> usage.updatePolicy(s.product(), new UsagePolicyForm(null, 9, 6)));
        thresholds.execute(Clock.offset(clock, java.time.Duration.ofDays(2)));

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ?", Integer.class, adminId))
                .as("neither threshold is crossed any more")
                .isEqualTo(2);
    }
}
