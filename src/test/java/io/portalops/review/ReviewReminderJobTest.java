package io.portalops.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ReviewReminderJobTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReviewFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ReviewReminderJob job;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    List<String> causesOf(String username, long reviewId) {
        return jdbc.queryForList(
                "select cause from notification where recipient_id = ? and link = ? order by id",
                String.class,
                directory.accountId(username),
                "access-reviews/" + reviewId);
    }

    @Test
    void reviewers_with_undecided_items_are_reminded_before_the_due_date_once_a_day() {
        ReviewFixtures.World w = fx.world();
        LocalDate due = TODAY.plusDays(10);
        long id = fx.start(w, due).campaign().id();
        // the service admin decides B's only item: nothing to remind them of
        long onB = users.as("admin", () -> decisions.items(id, ItemFilter.none(), 0, 50)).items().stream()
                .filter(i -> i.productId() == w.productB())
                .findFirst()
                .orElseThrow()
                .id();
        users.run(w.serviceAdmin(), () -> decisions.decide(id, onB, new DecisionRequest(Decision.KEEP, null)));

        job.execute(at(due.minusDays(4)));
        assertThat(causesOf(w.productAdmin(), id)).as("too early").containsExactly("REVIEW_ASSIGNED");

        job.execute(at(due.minusDays(3)));
        job.execute(at(due.minusDays(3)));
        assertThat(causesOf(w.productAdmin(), id)).containsExactly("REVIEW_ASSIGNED", "REVIEW_REMINDER");
        assertThat(causesOf(w.fallback(), id)).containsExactly("REVIEW_ASSIGNED", "REVIEW_REMINDER");
        assertThat(causesOf(w.serviceAdmin(), id)).containsExactly("REVIEW_ASSIGNED");

        job.execute(at(due));
        assertThat(causesOf(w.productAdmin(), id))
                .containsExactly("REVIEW_ASSIGNED", "REVIEW_REMINDER", "REVIEW_REMINDER");
    }

    @Test
    void an_overdue_campaign_is_escalated_to_the_service_admins_with_work_left_and_every_admin() {
        ReviewFixtures.World w = fx.world();
        LocalDate due = TODAY.plusDays(5);
        long id = fx.start(w, due).campaign().id();
        String otherAdmin = fx.account(io.portalops.security.Role.ADMIN);

        job.execute(at(due.plusDays(1)));
        job.execute(at(due.plusDays(1)));
        assertThat(causesOf(w.serviceAdmin(), id)).containsExactly("REVIEW_ASSIGNED", "REVIEW_ESCALATION");
        assertThat(causesOf(otherAdmin, id)).containsExactly("REVIEW_ESCALATION");
        assertThat(causesOf("admin", id)).contains("REVIEW_ESCALATION");
        assertThat(causesOf(w.productAdmin(), id))
                .as("a reviewer is not escalated to")
                .containsExactly("REVIEW_ASSIGNED");

        job.execute(at(due.plusDays(2)));
        assertThat(causesOf(otherAdmin, id)).as("again only after the interval").hasSize(1);
        job.execute(at(due.plusDays(8)));
        assertThat(causesOf(otherAdmin, id)).hasSize(2);
    }
}
