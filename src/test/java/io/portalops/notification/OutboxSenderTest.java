package io.portalops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portalops.TestUsers;
import io.portalops.security.Role;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail) that the tests stop and start; time moves with the clock given to the sender. */
@SpringBootTest
class OutboxSenderTest {

    static final int PORT = freePort();
    static final int MAX_ATTEMPTS = 4;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("portalops.base-url", () -> "https://portal.example.com");
        registry.add("portalops.mail.from", () -> "PortalOps <portal@example.com>");
        registry.add("portalops.notifications.outbox.batch-size", () -> 5);
        registry.add("portalops.notifications.outbox.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("portalops.notifications.outbox.backoff", () -> "1m");
        registry.add("portalops.notifications.outbox.lease", () -> "5m");
    }

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxStore store;

    @Autowired
    MailOutbox outbox;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    GreenMail smtp;

    @BeforeEach
    void startSmtpAndDrainTheBacklog() throws Exception {
        smtp = startedSmtp();
        // other classes leave messages in the shared outbox; one run claims only so many, so a backlog would crowd out
        // this test's own message. Send (or fail for good) everything due within a month first, then start clean.
        Clock later = at(Instant.now().plus(Duration.ofDays(30)));
        for (int run = 0; run < 1_000; run++) {
            OutboxSender.Outcome outcome = sender.run(later);
            if (outcome.sent() + outcome.retrying() + outcome.failed() == 0) {
                break;
            }
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void an_email_reaches_the_smtp_server_with_html_and_text_bodies_and_an_absolute_link_to_the_screen()
            throws Exception {
        String user = fixtures.account(Role.APPROVER);
        String key = NotificationFixtures.key();
        fixtures.notify(
                NotificationCause.APPROVAL_NEEDED,
                "Contract <b>CT-1</b> needs you",
                "contracts/CT-2026-000001",
                key,
                fixtures.id(user));

        sender.run(at(Instant.now().plusSeconds(1)));

        MimeMessage mail = receivedBy(user).getFirst();
        assertThat(receivedBy(user)).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Contract <b>CT-1</b> needs you");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(NotificationFixtures.email(user));
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("portal@example.com");
        assertThat(mail.getMessageID())
                .isEqualTo("<" + key.replace(':', '/') + "/" + fixtures.id(user) + "@portal.example.com>");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text)
                .contains(
                        "Test " + user,
                        "Contract <b>CT-1</b> needs you",
                        "Body of Contract",
                        "https://portal.example.com/contracts/CT-2026-000001",
                        "https://portal.example.com/notifications/preferences");
        assertThat(html)
                .contains("href=\"https://portal.example.com/contracts/CT-2026-000001\"")
                .contains("Contract &lt;b&gt;CT-1&lt;/b&gt; needs you")
                .doesNotContain("<b>CT-1</b>");
        assertThat(fixtures.outboxStatusTo(user)).isEqualTo("SENT");
    }

    @Test
    void while_smtp_is_down_the_message_is_retried_with_growing_delays_and_delivered_once_when_it_is_back()
            throws Exception {
        String user = fixtures.account(Role.ANALYST);
        fixtures.notify(
                NotificationCause.MENTION,
                "Mentioned",
                "contracts/CT-2026-000002",
                NotificationFixtures.key(),
                fixtures.id(user));
        smtp.stop();
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        sender.run(at(t0));
        assertThat(row(user)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row(user).get("last_error")).isNotBlank();
        assertThat(nextAttempt(user)).isEqualTo(t0.plus(Duration.ofMinutes(1)));

        sender.run(at(t0.plusSeconds(30)));
        assertThat(row(user)).as("not due yet").containsEntry("attempts", 1);

        Instant t1 = t0.plusSeconds(61);
        sender.run(at(t1));
        assertThat(row(user)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(nextAttempt(user)).as("the delay doubles").isEqualTo(t1.plus(Duration.ofMinutes(2)));

        smtp = startedSmtp();
        sender.run(at(t1.plusSeconds(60)));
        assertThat(receivedBy(user)).as("still waiting for its time").isEmpty();

        sender.run(at(t1.plusSeconds(121)));
        sender.run(at(t1.plus(Duration.ofHours(1))));
        assertThat(receivedBy(user)).hasSize(1);
        assertThat(row(user)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(row(user).get("last_error")).isNull();
    }

    @Test
    void after_the_last_attempt_a_message_fails_and_an_admin_can_send_it_again() throws Exception {
        String user = fixtures.account(Role.ANALYST);
        fixtures.notify(
                NotificationCause.MENTION,
                "Mentioned",
                "contracts/CT-3",
                NotificationFixtures.key(),
                fixtures.id(user));
        smtp.stop();
        Instant now = Instant.now().plusSeconds(1);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            sender.run(at(now));
            now = now.plus(Duration.ofHours(1));
        }
        assertThat(row(user)).containsEntry("status", "FAILED").containsEntry("attempts", MAX_ATTEMPTS);
        sender.run(at(now.plus(Duration.ofDays(1))));
        assertThat(row(user)).as("failed for good").containsEntry("attempts", MAX_ATTEMPTS);
        long id = ((Number) row(user).get("id")).longValue();
        assertThat(users.as("admin", () -> outbox.unsent(0, 200).items()))
                .filteredOn(item -> item.id() == id)
                .singleElement()
                .satisfies(item -> assertThat(item.lastError()).isNotBlank());

        smtp = startedSmtp();
        users.run("admin", () -> outbox.retryNow(id));
        assertThat(row(user)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        sender.run(at(Instant.now().plusSeconds(1)));
        assertThat(receivedBy(user)).hasSize(1);
        assertThat(row(user)).containsEntry("status", "SENT");
    }

    @Test
    void two_senders_running_at_once_never_send_the_same_message_twice() throws Exception {
        String user = fixtures.account(Role.ANALYST);
        for (int i = 0; i < 30; i++) {
            fixtures.notify(
                    NotificationCause.MENTION,
                    "Mention " + i,
                    "contracts/CT-" + i,
                    NotificationFixtures.key(),
                    fixtures.id(user));
        }
        Clock clock = at(Instant.now().plusSeconds(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> senders = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                senders.add(pool.submit(() -> {
                    start.await();
                    int sent = 0;
                    for (OutboxSender.Outcome outcome = sender.run(clock);
                            outcome.sent() > 0;
                            outcome = sender.run(clock)) {
                        sent += outcome.sent();
                    }
                    return sent;
                }));
            }
            start.countDown();
            for (Future<Integer> f : senders) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<MimeMessage> mails = receivedBy(user);
        assertThat(mails).hasSize(30);
        List<String> ids = new ArrayList<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getMessageID());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(fixtures.outboxRowsTo(user)).isEqualTo(30);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where to_address = ? and status = 'SENT'",
                        Integer.class,
                        NotificationFixtures.email(user)))
                .isEqualTo(30);
    }

    @Test
    void a_message_whose_sender_died_goes_out_after_the_lease_with_the_same_message_id() throws Exception {
        String user = fixtures.account(Role.ANALYST);
        String key = NotificationFixtures.key();
        fixtures.notify(NotificationCause.MENTION, "Mentioned", "contracts/CT-4", key, fixtures.id(user));
        Instant t0 = Instant.now().plusSeconds(1);
        // a sender claims everything due, then dies before sending
        transaction.execute(status -> store.claim(t0, t0.plus(Duration.ofMinutes(5)), 10_000));
        assertThat(row(user)).containsEntry("status", "SENDING");

        sender.run(at(t0.plus(Duration.ofMinutes(1))));
        assertThat(receivedBy(user)).as("the lease still holds").isEmpty();
        // one run sends at most 20 batches; other tests' messages may be due too, so run until the outbox is drained
        while (sender.run(at(t0.plus(Duration.ofMinutes(6)))).sent() > 0) {
            // next batch
        }
        assertThat(receivedBy(user))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getMessageID()).startsWith("<" + key.replace(':', '/')));
        assertThat(row(user)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    private Map<String, Object> row(String user) {
        return jdbc.queryForMap(
                "select id, status, attempts, last_error from mail_outbox where to_address = ?",
                NotificationFixtures.email(user));
    }

    private Instant nextAttempt(String user) {
        return jdbc.queryForObject(
                        "select next_attempt_at from mail_outbox where to_address = ?",
                        java.sql.Timestamp.class,
                        NotificationFixtures.email(user))
                .toInstant();
    }

    private List<MimeMessage> receivedBy(String user) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(NotificationFixtures.email(user)))) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
