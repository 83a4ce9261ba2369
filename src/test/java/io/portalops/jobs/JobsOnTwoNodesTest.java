package io.portalops.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portalops.PortalOpsApplication;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationFixtures;
import io.portalops.notification.OutboxDrain;
import io.portalops.security.Role;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application contexts on one embedded PostgreSQL, both scheduling the probe job every two seconds: ShedLock
 * lets one of them run each tick, and the other one tries and leaves it. Judged by the runs each node recorded, not
 * by wall-clock buckets: a run holds the lock for at least {@link ProbeJob#lockAtLeastFor()}, so no two recorded
 * runs may start closer together than that, whichever node ran them and however late a trigger fired.
 *
 * <p>The same two nodes (started once for the class: each costs a context start) also notify and send one reminder
 * at the same moment, to a real SMTP server: one notification, one outbox row, one mail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsOnTwoNodesTest {

    record Run(String node, Instant startedAt) {}

    final int smtpPort = freePort();
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

        List<Integer> created = together(
                () -> onA.notify(NotificationCause.MENTION, "Mentioned twice", "contracts/CT-2", key, recipient),
                () -> onB.notify(NotificationCause.MENTION, "Mentioned twice", "contracts/CT-2", key, recipient));
        assertThat(created).as("notifications created per node").containsExactlyInAnyOrder(0, 1);
        assertThat(onA.recipientsOf(key)).containsExactly(recipient);
        assertThat(onA.outboxRowsTo(user)).isEqualTo(1);

        Clock due = Clock.fixed(Instant.now().plusSeconds(1), ZoneOffset.UTC);
        together(() -> OutboxDrain.drain(a, due), () -> OutboxDrain.drain(b, due));

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

    /** Runs both at the same moment, on two threads released by one latch. */
    private static List<Integer> together(Callable<Integer> first, Callable<Integer> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> work : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(PortalOpsApplication.class)
                .run(
                        "--server.port=0",
                        "--portalops.jobs.node-name=" + name,
                        "--portalops.jobs.probe.cron=*/2 * * * * *",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
