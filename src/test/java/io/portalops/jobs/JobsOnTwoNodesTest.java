package io.portalops.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portalops.OwnerDatabase;
import io.portalops.PortalOpsApplication;
import io.portalops.TestUsers;
import io.portalops.dashboard.DashboardRefreshJob;
import io.portalops.event.EventFixtures;
import io.portalops.event.LiveEvents;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationFixtures;
import io.portalops.notification.NotificationInbox;
import io.portalops.notification.OutboxDrain;
import io.portalops.security.Role;
import io.portalops.shared.fanout.Fanout;
import io.portalops.shared.fanout.PostgresFanout;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application contexts on one embedded PostgreSQL, both scheduling the probe job every two seconds: ShedLock
 * lets one of them run each tick, and the other one tries and leaves it. Judged by the runs each node recorded, not
 * by wall-clock buckets: a run holds the lock for at least {@link ProbeJob#lockAtLeastFor()}, so no two recorded
 * runs may start closer together than that, whichever node ran them and however late a trigger fired.
 *
 * <p>The same two nodes (started once for the class: each costs a context start) also notify and send one reminder
 * at the same moment, to a real SMTP server: one notification, one outbox row, one mail. They refresh the dashboard at
 * the same moment: one refresh runs, and its rollups hold what the other node committed just before. Live pushes fan
 * out from one node to the other through PostgreSQL LISTEN/NOTIFY (ADR 047), only on commit, and the listener comes
 * back after its connection is killed. Last, a node shut down in the middle of a job lets the job finish and release
 * its lock, so the survivor takes the next tick at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsOnTwoNodesTest {

    record Run(String node, Instant startedAt) {}

    final int smtpPort = TwoNodes.freePort();
    GreenMail smtp;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startNodes() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        a = node("node-a");
        b = node("node-b");
    }

    @AfterAll
    void stopNodes() {
        for (AutoCloseable closing : new AutoCloseable[] {b, a, smtp::stop}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                // keep closing the others
            }
        }
    }

    @Test
    void two_app_nodes_on_one_database_run_each_tick_once() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Instant since = Instant.now();
        long skippedBefore = skipped(a) + skipped(b);

        await().atMost(Duration.ofSeconds(40)).until(() -> runs(jdbc, since).size() >= 5);

        List<Run> runs = runs(jdbc, since);
        long skipped = skipped(a) + skipped(b) - skippedBefore;
        Duration held = new ProbeJob().lockAtLeastFor();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1).startedAt(), runs.get(i).startedAt()))
                    .as("runs %s: a run started while the previous one held the lock", runs)
                    .isGreaterThanOrEqualTo(held);
        }
        assertThat(skipped).as("ticks the other node tried and left").isGreaterThanOrEqualTo(runs.size() - 1);
        assertThat(runs).extracting(Run::node).isSubsetOf("node-a", "node-b");
    }

    private static List<Run> runs(JdbcTemplate jdbc, Instant since) {
        return jdbc.query(
                "select node, started_at from job_run where job_name = 'probe' and trigger_kind = 'SCHEDULED' "
                        + "and outcome <> 'LOCKED' and started_at >= ? order by started_at",
                (rs, row) -> new Run(
                        rs.getString("node"), rs.getTimestamp("started_at").toInstant()),
                Timestamp.from(since));
    }

    private static long skipped(ConfigurableApplicationContext node) {
        return node.getBean(Jobs.class).ticksLeftToOtherNodes();
    }

    @Test
    void the_same_reminder_notified_and_sent_by_two_nodes_at_once_reaches_its_recipient_once() throws Exception {
        // the static holder belongs to whichever context started last (see SecurityStrategyAlignment): use node a's
        a.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        NotificationFixtures onA = a.getBean(NotificationFixtures.class);
        NotificationFixtures onB = b.getBean(NotificationFixtures.class);
        String user = onA.account(Role.ANALYST);
        long recipient = onA.id(user);
        String key = NotificationFixtures.key();

        List<Integer> created = TwoNodes.together(
                () -> onA.notify(NotificationCause.MENTION, "Mentioned twice", "contracts/CT-2", key, recipient),
                () -> onB.notify(NotificationCause.MENTION, "Mentioned twice", "contracts/CT-2", key, recipient));
        assertThat(created).as("notifications created per node").containsExactlyInAnyOrder(0, 1);
        assertThat(onA.recipientsOf(key)).containsExactly(recipient);
        assertThat(onA.outboxRowsTo(user)).isEqualTo(1);

        Clock due = Clock.fixed(Instant.now().plusSeconds(1), ZoneOffset.UTC);
        TwoNodes.together(() -> OutboxDrain.drain(a, due), () -> OutboxDrain.drain(b, due));

        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients())
                    .anyMatch(r -> ((InternetAddress) r).getAddress().equals(NotificationFixtures.email(user)))) {
                mails.add(mail);
            }
        }
        assertThat(mails).as("mails to the recipient").hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("Mentioned twice");
        assertThat(onA.outboxStatusTo(user)).isEqualTo("SENT");
    }

    @Test
    void a_dashboard_refresh_started_on_both_nodes_at_once_runs_once_and_holds_what_the_other_node_committed()
            throws Exception {
        EventFixtures events = TwoNodes.on(a, EventFixtures.class);
        Instant occurred = Instant.now().minus(Duration.ofDays(20)).minusSeconds((long) (Math.random() * 3600));
        events.ingest(EventFixtures.uniqueSource(), "payment.missed", events.customerOf("manager"), occurred);
        JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
        Object day = jdbc.queryForObject("select (?::timestamptz)::date", Object.class, Timestamp.from(occurred));

        // a refresh that another test context scheduled may hold the lock: try pairs until one of a pair runs
        AtomicInteger pairs = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            pairs.incrementAndGet();
            List<Integer> ran = TwoNodes.together(() -> refresh(a), () -> refresh(b));
            assertThat(ran).as("a pair of simultaneous refreshes: never both").contains(0);
            return ran.contains(1);
        });

        long counted = jdbc.queryForObject(
                "select count(*) from events where type = 'payment.missed' and occurred_at::date = ?::date",
                Long.class,
                day.toString());
        Long rolledUp = jdbc.queryForObject(
                "select events from event_type_day_rollup where type = 'payment.missed' and day = ?::date",
                Long.class,
                day.toString());
        assertThat(rolledUp).as("rollup of %s after %s pair(s)", day, pairs).isEqualTo(counted);
    }

    private static int refresh(ConfigurableApplicationContext node) {
        return node.getBean(JobRunner.class)
                .runScheduled(node.getBean(DashboardRefreshJob.class))
                .map(run -> 1)
                .orElse(0);
    }

    @Test
    void an_event_ingested_on_node_a_reaches_a_live_tail_on_node_b_within_a_second() {
        AtomicInteger signals = new AtomicInteger();
        LiveEvents.Subscription tail = TwoNodes.on(b, TestUsers.class)
                .as("analyst", () -> TwoNodes.on(b, LiveEvents.class).subscribe(signals::incrementAndGet));
        try {
            EventFixtures events = TwoNodes.on(a, EventFixtures.class);
            events.ingest(EventFixtures.uniqueSource(), "payment.missed", events.customerOf("manager"), Instant.now());
            await().atMost(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(signals).hasPositiveValue());
        } finally {
            tail.cancel();
        }
    }

    @Test
    void a_notification_made_on_node_a_rings_the_bell_on_node_b() {
        NotificationFixtures onA = TwoNodes.on(a, NotificationFixtures.class);
        String user = onA.account(Role.ANALYST);
        AtomicInteger rings = new AtomicInteger();
        NotificationInbox.Subscription bell = TwoNodes.on(b, TestUsers.class)
                .as(user, () -> TwoNodes.on(b, NotificationInbox.class).subscribe(rings::incrementAndGet));
        try {
            TwoNodes.on(a, NotificationFixtures.class)
                    .notify(
                            NotificationCause.MENTION,
                            "Across nodes",
                            "contracts/CT-1",
                            NotificationFixtures.key(),
                            onA.id(user));
            await().atMost(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(rings).hasPositiveValue());
            assertThat(TwoNodes.on(b, TestUsers.class)
                            .as(
                                    user,
                                    () -> TwoNodes.on(b, NotificationInbox.class)
                                            .unreadCount()))
                    .isEqualTo(1);
        } finally {
            bell.cancel();
        }
    }

    @Test
    void nothing_reaches_the_other_node_from_a_transaction_that_rolls_back() {
        PostgresFanout fanoutA = a.getBean(PostgresFanout.class);
        FanoutHeard received = new FanoutHeard(b.getBean(Fanout.class), a.getBean(Fanout.class), fanoutA.origin());
        try {
            received.flush(fanoutA);
            EventFixtures events = TwoNodes.on(a, EventFixtures.class);
            NotificationFixtures notes = TwoNodes.on(a, NotificationFixtures.class);
            long recipient = notes.id(notes.account(Role.ANALYST));
            a.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                events.ingest(
                        EventFixtures.uniqueSource(), "payment.missed", events.customerOf("manager"), Instant.now());
                notes.notify(
                        NotificationCause.MENTION,
                        "Rolled back",
                        "contracts/CT-1",
                        NotificationFixtures.key(),
                        recipient);
                status.setRollbackOnly();
            });
            received.flush(fanoutA);
            assertThat(received.messages)
                    .as("messages from a rolled-back transaction")
                    .isEmpty();
            assertThat(received.own).as("node a hears its own messages").isEmpty();
        } finally {
            received.cancel();
        }
    }

    @Test
    void the_listener_of_node_b_reconnects_after_its_connection_is_killed() {
        PostgresFanout fanoutB = b.getBean(PostgresFanout.class);
        int pid = fanoutB.listenerBackendPid();
        double reconnects = fanoutB.reconnectCount();
        AtomicInteger signals = new AtomicInteger();
        LiveEvents.Subscription tail = TwoNodes.on(b, TestUsers.class)
                .as("analyst", () -> TwoNodes.on(b, LiveEvents.class).subscribe(signals::incrementAndGet));
        FanoutHeard received = new FanoutHeard(
                b.getBean(Fanout.class),
                a.getBean(Fanout.class),
                a.getBean(PostgresFanout.class).origin());
        try {
            assertThat(pid).as("listening").isPositive();
            OwnerDatabase.committed(
                    b.getEnvironment(),
                    owner -> assertThat(owner.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid))
                            .isTrue());
            await().atMost(Duration.ofSeconds(10)).until(() -> fanoutB.reconnectCount() > reconnects);
            assertThat(fanoutB.listenerBackendPid()).isNotEqualTo(pid);
            // what was sent while it was away may be lost: open screens read again
            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(signals).hasPositiveValue());
            received.flush(a.getBean(PostgresFanout.class));
        } finally {
            tail.cancel();
            received.cancel();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_node_shut_down_during_a_job_lets_it_finish_and_release_its_lock() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Instant since = Instant.now();
        ProbeJob.HOLD_NEXT.set(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeJob.HOLD_NEXT.get() == null);
        Run held = runs(jdbc, since).getLast();
        ConfigurableApplicationContext holder = held.node().equals("node-a") ? a : b;
        ConfigurableApplicationContext survivor = holder == a ? b : a;
        JdbcTemplate survivorJdbc = survivor.getBean(JdbcTemplate.class);

        holder.close();

        assertThat(survivorJdbc.queryForObject(
                        "select outcome || ' ' || coalesce(summary, '') from job_run where job_name = 'probe' "
                                + "and node = ? and started_at = ?",
                        String.class,
                        held.node(),
                        Timestamp.from(held.startedAt())))
                .as("the run in flight at shutdown")
                .isEqualTo("SUCCEEDED Held PT3S");
        Instant closed = Instant.now();
        // a lock left behind would keep the survivor out for lock-at-most-for (10 minutes)
        await().atMost(Duration.ofSeconds(6))
                .until(() -> runs(survivorJdbc, closed).stream()
                        .anyMatch(run -> !run.node().equals(held.node())));
    }

    private ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(PortalOpsApplication.class)
                .run(
                        "--server.port=0",
                        "--portalops.jobs.node-name=" + name,
                        "--portalops.jobs.probe.cron=*/2 * * * * *",
                        // the test refreshes on both nodes at once itself; a scheduled refresh would hold the lock
                        "--portalops.jobs.dashboard-refresh.cron=-",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort);
    }
}
