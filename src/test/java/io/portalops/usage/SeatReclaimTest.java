package io.portalops.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.GrantUsage;
import io.portalops.directory.PersonProduct;
import io.portalops.directory.SeatState;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.workflow.ReclaimProposal;
import io.portalops.workflow.WorkflowService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SeatReclaimTest {

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ProductUsage usage;

    @Autowired
    SeatReclaimJob job;

    @Autowired
    WorkflowService workflow;

    @Autowired
    GrantUsage grantUsage;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seats_count_as_active_idle_or_never_used_against_the_idle_period_and_a_product_may_set_its_own() {
        UsageFixtures.Seats s = fx.seats();

        ProductUsageDetails details = users.as("admin", () -> usage.usage(s.product()));

        assertThat(details.idleDays()).isEqualTo(30);
        assertThat(details.ownIdleDays()).isFalse();
        assertThat(List.of(details.active(), details.idle(), details.neverUsed(), details.reclaimable()))
                .as("active, idle, never used, reclaimable (idle + never used since granted 60 days ago)")
                .containsExactly(1, 1, 2, 2);
        Map<Long, SeatUsageItem> byGrant = byGrant(details);
        assertThat(byGrant.get(s.active()).state()).isEqualTo(SeatState.ACTIVE);
        assertThat(byGrant.get(s.idle()).state()).isEqualTo(SeatState.IDLE);
        assertThat(byGrant.get(s.newcomer()).state()).isEqualTo(SeatState.NEVER_USED);
        assertThat(byGrant.get(s.newcomer()).reclaimable()).as("granted today").isFalse();
        assertThat(byGrant.get(s.neverUsed()).reclaimable()).isTrue();
        assertThat(details.seatMonthly()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(details.reclaimableMonthly()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(details.freeSeats()).isEqualTo(6);

        ProductUsageDetails strict =
                users.as("admin", () -> usage.updatePolicy(s.product(), new UsagePolicyForm(3, null, null)));

        assertThat(strict.ownIdleDays()).isTrue();
        assertThat(List.of(strict.active(), strict.idle(), strict.reclaimable()))
                .containsExactly(0, 2, 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'usage.policy_changed' and target_id = ?",
                        Integer.class,
                        Long.toString(s.product())))
                .isEqualTo(1);
    }

    @Test
    void the_job_with_a_clock_thirty_days_on_finds_the_seat_used_five_days_ago_idle_as_well() {
        UsageFixtures.Seats s = fx.seats();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(30));

        int made = job.proposeFor(fx.ref(s.product()), later);

        assertThat(made)
                .as("all four: the newcomer's grant is thirty days old by then")
                .isEqualTo(4);
        for (long grant : List.of(s.active(), s.idle(), s.newcomer(), s.neverUsed())) {
            assertThat(fx.tasksOf(grant)).isEqualTo(1);
        }
    }

    @Test
    void reclaim_creates_one_revoke_task_per_idle_grant_with_its_saving_and_never_twice() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());

        ReclaimResult first = users.as(productAdmin, () -> usage.reclaim(s.product()));

        assertThat(first.tasks())
                .extracting(ReclaimProposal::grantId)
                .containsExactlyInAnyOrder(s.idle(), s.neverUsed());
        assertThat(first.monthlySaving()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(jdbc.queryForList(
                        "select saving_amount from workflow_task where grant_id in (?, ?) and kind = 'REVOKE'",
                        BigDecimal.class,
                        s.idle(),
                        s.neverUsed()))
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("10.00"));

        ReclaimResult again = users.as(productAdmin, () -> usage.reclaim(s.product()));
        int byJob = job.proposeFor(fx.ref(s.product()), Clock.systemUTC());

        assertThat(again.tasks()).isEmpty();
        assertThat(byJob).isZero();
        assertThat(List.of(
                        fx.tasksOf(s.idle()),
                        fx.tasksOf(s.neverUsed()),
                        fx.tasksOf(s.active()),
                        fx.tasksOf(s.newcomer())))
                .containsExactly(1, 1, 0, 0);
        ProductUsageDetails details = users.as(productAdmin, () -> usage.usage(s.product()));
        assertThat(byGrant(details).get(s.idle()).underRevoke()).isTrue();

        long task = first.tasks().getFirst().taskId();
        users.run(productAdmin, () -> workflow.skip(task, "Keeps the seat for the quarter close"));
        assertThat(users.as(productAdmin, () -> usage.reclaim(s.product())).tasks())
                .as("a skipped reclaim is not proposed again until the seat is used and goes idle again")
                .isEmpty();
    }

    @Test
    void the_weekly_job_and_a_click_at_the_same_moment_create_each_task_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            UsageFixtures.Seats s = fx.seats();
            var ref = fx.ref(s.product());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                Future<Integer> weekly = pool.submit(() -> {
                    start.await();
                    return job.proposeFor(ref, Clock.systemUTC());
                });
                Future<Integer> click = pool.submit(() -> {
                    start.await();
                    return users.as("admin", () -> usage.reclaim(s.product()))
                            .tasks()
                            .size();
                });
                Future<Integer> secondClick = pool.submit(() -> {
                    start.await();
                    return users.as("admin", () -> usage.reclaim(s.product()))
                            .tasks()
                            .size();
                });
                start.countDown();
                assertThat(weekly.get() + click.get() + secondClick.get()).isEqualTo(2);
            } finally {
                pool.shutdownNow();
            }
            assertThat(List.of(fx.tasksOf(s.idle()), fx.tasksOf(s.neverUsed()))).containsExactly(1, 1);
        }
    }

    @Test
    void the_last_use_read_for_the_access_reviews_answers_per_person_and_product() {
        UsageFixtures.Seats s = fx.seats();
        long person = jdbc.queryForObject("select person_id from access_grant where id = ?", Long.class, s.idle());
        long newcomer =
                jdbc.queryForObject("select person_id from access_grant where id = ?", Long.class, s.newcomer());

        Map<PersonProduct, java.time.Instant> batch = grantUsage.lastUses(
                List.of(new PersonProduct(person, s.product()), new PersonProduct(newcomer, s.product())));

        assertThat(batch).containsOnlyKeys(new PersonProduct(person, s.product()));
        assertThat(grantUsage.lastUse(person, s.product()))
                .contains(jdbc.queryForObject(
                        "select last_used_at from product_use where person_id = ? and product_id = ?",
                        java.time.Instant.class,
                        person,
                        s.product()));
        assertThat(grantUsage.lastUse(newcomer, s.product())).isEmpty();
    }

    static Map<Long, SeatUsageItem> byGrant(ProductUsageDetails details) {
        return details.seats().stream().collect(java.util.stream.Collectors.toMap(SeatUsageItem::grantId, i -> i));
    }
}
