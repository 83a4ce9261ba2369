package io.portalops.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.dashboard.ui.DashboardView;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationFixtures;
import io.portalops.notification.NotificationItem;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    NotificationFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("analyst")
    void the_bell_counts_a_notification_for_the_signed_in_user_as_soon_as_it_commits() {
        long analyst = fixtures.id("analyst");
        jdbc.update("update notification set read_at = now() where recipient_id = ?", analyst);
        navigate(DashboardView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(bell.isSubscribed()).isTrue();
        assertThat(bell.badge.isVisible()).isFalse();

        // committed on another's behalf; the bell learns of it only through the after-commit signal and ui.access
        fixtures.notify(
                NotificationCause.MENTION, "You were mentioned", "contracts", NotificationFixtures.key(), analyst);
        fixtures.notify(
                NotificationCause.MENTION,
                "Someone else was",
                "contracts",
                NotificationFixtures.key(),
                fixtures.id("manager"));
        await(() -> bell.badge.isVisible());
        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 1 unread");

        fixtures.notify(NotificationCause.DECISION, "Approved", "contracts", NotificationFixtures.key(), analyst);
        await(() -> "2".equals(bell.badge.getText()));
    }

    @Test
    @WithUserDetails("approver")
    void the_popover_lists_the_newest_opens_the_screen_and_marks_read() {
        long approver = fixtures.id("approver");
        jdbc.update("update notification set read_at = now() where recipient_id = ?", approver);
        fixtures.notify(
                NotificationCause.APPROVAL_NEEDED,
                "First",
                "notifications/preferences",
                NotificationFixtures.key(),
                approver);
        fixtures.notify(
                NotificationCause.APPROVAL_NEEDED, "Second", "notifications", NotificationFixtures.key(), approver);
        navigate(DashboardView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(bell.badge.getText()).isEqualTo("2");

        bell.popover.open();
        bell.refreshList();
        assertThat(find(com.vaadin.flow.component.html.Span.class, bell.list)
                        .withClassName("bell-title")
                        .all())
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .startsWith("Second", "First");

        test(find(Button.class, bell.list)
                        .withAriaLabelContaining("Mark read")
                        .all()
                        .getFirst())
                .click();
        assertThat(bell.badge.getText()).isEqualTo("1");

        NotificationItem first = GridKt._fetch(navigate(NotificationsView.class).grid, 0, 10).stream()
                .filter(item -> item.title().equals("First"))
                .findFirst()
                .orElseThrow();
        bell = find(NotificationBell.class).single();
        bell.open(first);
        assertThat(getCurrentView()).isInstanceOf(NotificationPreferencesView.class);
        assertThat(bell.badge.isVisible()).as("opening marks it read").isFalse();

        fixtures.notify(NotificationCause.APPROVAL_NEEDED, "Third", "contracts", NotificationFixtures.key(), approver);
        NotificationBell current = bell;
        await(() -> current.badge.isVisible());
        test(current.markAll).click();
        assertThat(current.badge.isVisible()).isFalse();
        List<NotificationItem> all = GridKt._fetch(navigate(NotificationsView.class).grid, 0, 10);
        assertThat(all).extracting(NotificationItem::read).containsOnly(true);
    }

    /** Runs what the signal queued with ui.access (a server would, then push); this thread holds the session lock. */
    private void await(BooleanSupplier condition) {
        VaadinSession session = VaadinSession.getCurrent();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    session.getService().runPendingAccessTasks(session);
                    roundTrip();
                    return condition.getAsBoolean();
                });
    }
}
