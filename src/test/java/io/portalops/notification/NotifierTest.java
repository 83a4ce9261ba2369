package io.portalops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class NotifierTest {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    DigestJob digest;

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void calling_twice_with_the_same_dedup_key_creates_one_notification_and_one_email() {
        String user = fixtures.account(Role.ANALYST);
        long id = fixtures.id(user);
        String key = NotificationFixtures.key();

        assertThat(fixtures.notify(NotificationCause.TASK_REMINDER, "Reminder", "notifications", key, id))
                .isEqualTo(1);
        assertThat(fixtures.notify(NotificationCause.TASK_REMINDER, "Reminder again", "notifications", key, id))
                .isZero();
        assertThat(fixtures.notify(
                        NotificationCause.APPROVAL_NEEDED, "Needs you", "contracts", "other:" + key.substring(5), id))
                .isEqualTo(1);

        assertThat(fixtures.causesOf(id, key)).containsExactly("TASK_REMINDER");
        assertThat(users.as(user, () -> inbox.mine(0, 10).items()))
                .extracting(NotificationItem::title)
                .containsExactly("Needs you", "Reminder");
        assertThat(fixtures.outboxRowsTo(user))
                .as("one immediate email; the reminder waits for the digest")
                .isEqualTo(1);
    }

    @Test
    void the_same_key_still_reaches_a_recipient_who_did_not_have_it() {
        long first = fixtures.id(fixtures.account(Role.ANALYST));
        long second = fixtures.id(fixtures.account(Role.ANALYST));
        String key = NotificationFixtures.key();
        fixtures.notify(NotificationCause.MENTION, "Hello", "", key, first);
        assertThat(fixtures.notify(NotificationCause.MENTION, "Hello", "", key, first, second))
                .isEqualTo(1);
        assertThat(fixtures.recipientsOf(key)).containsExactly(first, second);
    }

    @Test
    void the_notifier_writes_only_inside_the_callers_transaction() {
        long id = fixtures.id(fixtures.account(Role.ANALYST));
        String key = NotificationFixtures.key();
        NotificationRequest request = new NotificationRequest(NotificationCause.MENTION, Set.of(id), "Hi", "", "", key);
        assertThatThrownBy(() -> notifier.notify(request)).isInstanceOf(IllegalTransactionStateException.class);

        transaction.executeWithoutResult(status -> {
            notifier.notify(request);
            status.setRollbackOnly();
        });
        assertThat(fixtures.recipientsOf(key))
                .as("a rollback takes the notification back")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where dedup_key like ?", Integer.class, key + "%"))
                .as("and its email")
                .isZero();
    }

    @Test
    void bad_requests_are_refused_with_a_clear_message() {
        Set<Long> to = Set.of(1L);
        assertThatThrownBy(() ->
                        new NotificationRequest(NotificationCause.MENTION, to, "x", "", "https://evil.example/", "k1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("route inside the app");
        assertThatThrownBy(() ->
                        new NotificationRequest(NotificationCause.MENTION, to, "x", "", "contracts/../admin", "k1"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NotificationRequest(NotificationCause.MENTION, to, " ", "", "contracts", "k1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(
                        () -> new NotificationRequest(NotificationCause.MENTION, to, "x", "", "contracts", "has space"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dedup key");
        assertThat(new NotificationRequest(NotificationCause.MENTION, to, " x ", "", "/contracts/CT-1", "a:b-c_1")
                        .link())
                .isEqualTo("contracts/CT-1");
    }

    @Test
    void a_cause_chosen_for_the_digest_goes_to_the_digest_and_not_out_at_once() {
        String user = fixtures.account(Role.ANALYST);
        long id = fixtures.id(user);
        users.run(user, () -> preferences.saveMine(Map.of(NotificationCause.MENTION, Delivery.DIGEST)));
        fixtures.notify(NotificationCause.MENTION, "First mention", "contracts/CT-1", NotificationFixtures.key(), id);
        fixtures.notify(NotificationCause.MENTION, "Second mention", "contracts/CT-2", NotificationFixtures.key(), id);
        assertThat(fixtures.outboxRowsTo(user)).isZero();

        DigestJob.Outcome outcome = digest.run(Clock.systemUTC());
        assertThat(outcome.emails()).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.outboxRowsTo(user)).as("one digest email for both").isEqualTo(1);
        String text = jdbc.queryForObject(
                "select text_body from mail_outbox where to_address = ?",
                String.class,
                NotificationFixtures.email(user));
        assertThat(text).contains("First mention", "Second mention", "http://localhost:8080/contracts/CT-2");

        digest.run(Clock.systemUTC());
        assertThat(fixtures.outboxRowsTo(user))
                .as("nothing new, nothing sent again")
                .isEqualTo(1);
        fixtures.notify(NotificationCause.MENTION, "Third mention", "contracts/CT-3", NotificationFixtures.key(), id);
        digest.run(Clock.systemUTC());
        assertThat(fixtures.outboxRowsTo(user))
                .as("the next digest carries only what came since")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select text_body from mail_outbox where to_address = ? order by id desc limit 1",
                        String.class,
                        NotificationFixtures.email(user)))
                .contains("Third mention")
                .doesNotContain("First mention");
    }

    @Test
    void in_app_only_sends_no_email_now_or_in_the_digest() {
        String user = fixtures.account(Role.ANALYST);
        long id = fixtures.id(user);
        users.run(
                user,
                () -> preferences.saveMine(Map.of(
                        NotificationCause.APPROVAL_NEEDED,
                        Delivery.IN_APP,
                        NotificationCause.CARD_EXPIRY,
                        Delivery.IN_APP)));
        fixtures.notify(NotificationCause.APPROVAL_NEEDED, "Needs you", "contracts", NotificationFixtures.key(), id);
        fixtures.notify(NotificationCause.CARD_EXPIRY, "Card expires", "payments", NotificationFixtures.key(), id);
        digest.run(Clock.systemUTC());

        assertThat(fixtures.outboxRowsTo(user)).isZero();
        assertThat(users.as(user, inbox::unreadCount)).as("both are in the app").isEqualTo(2);
        assertThat(users.as(user, preferences::mine))
                .filteredOn(p -> p.cause() == NotificationCause.APPROVAL_NEEDED)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.delivery()).isEqualTo(Delivery.IN_APP);
                    assertThat(p.chosen()).isTrue();
                });
    }

    @Test
    void a_preference_without_a_delivery_is_refused_and_nothing_changes() {
        String user = fixtures.account(Role.ANALYST);
        Map<NotificationCause, Delivery> broken = new java.util.HashMap<>();
        broken.put(NotificationCause.MENTION, Delivery.DIGEST);
        broken.put(NotificationCause.DECISION, null);
        assertThatThrownBy(() -> users.run(user, () -> preferences.saveMine(broken)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.as(user, preferences::mine)).noneMatch(PreferenceItem::chosen);
    }

    @Test
    void only_the_recipient_reads_and_marks_a_notification() {
        String owner = fixtures.account(Role.ANALYST);
        String other = fixtures.account(Role.ANALYST);
        fixtures.notify(
                NotificationCause.FLAG_RAISED, "Flagged", "contracts", NotificationFixtures.key(), fixtures.id(owner));
        fixtures.notify(
                NotificationCause.FLAG_RAISED,
                "Flagged too",
                "contracts",
                NotificationFixtures.key(),
                fixtures.id(owner));
        long notificationId =
                users.as(owner, () -> inbox.mine(0, 1).items().getFirst().id());

        assertThat(users.as(other, () -> inbox.mine(0, 10).items())).isEmpty();
        assertThatThrownBy(() -> users.run(other, () -> inbox.markRead(notificationId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(owner, inbox::unreadCount)).isEqualTo(2);

        users.run(owner, () -> inbox.markRead(notificationId));
        assertThat(users.as(owner, inbox::unreadCount)).isEqualTo(1);
        assertThat(users.as(owner, inbox::markAllRead)).isEqualTo(1);
        assertThat(users.as(owner, inbox::unreadCount)).isZero();
    }
}
