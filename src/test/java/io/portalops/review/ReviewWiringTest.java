package io.portalops.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.calendar.CalendarQuery;
import io.portalops.calendar.CalendarService;
import io.portalops.calendar.Deadline;
import io.portalops.calendar.DeadlineAction;
import io.portalops.calendar.DeadlineType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the review module meets its neighbours: the directory's last use, and the calendar. */
@SpringBootTest
class ReviewWiringTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReviewFixtures fx;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    CalendarService calendar;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void
            the_snapshot_takes_each_grants_last_use_from_the_directory_and_suggests_revoking_what_went_unused_for_90_days() {
        ReviewFixtures.World w = fx.world();
        Instant recent = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        Instant stale = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS);
        used(w.ada().id(), w.productA(), recent);
        used(w.bob().id(), w.productA(), stale);

        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        List<ReviewItem> items = users.as(
                "admin", () -> decisions.items(id, ItemFilter.none(), 0, 500).items());

        ReviewItem ada = ReviewFixtures.itemOf(items, w.adaOnA());
        assertThat(ada.lastUsedAt()).isEqualTo(recent);
        assertThat(ada.suggestion()).as("used five days ago").isNull();
        ReviewItem bob = ReviewFixtures.itemOf(items, w.bobOnA());
        assertThat(bob.lastUsedAt()).isEqualTo(stale);
        assertThat(bob.suggestion()).startsWith("No use in 90 days");
        assertThat(ReviewFixtures.itemOf(items, w.adaOnB()).lastUsedAt())
                .as("a use of another product is not this grant's")
                .isNull();
    }

    @Test
    void a_running_campaigns_due_date_reaches_its_reviewers_calendar_with_decide_and_not_an_analysts() {
        ReviewFixtures.World w = fx.world();
        LocalDate due = TODAY.plusDays(21);
        long id = fx.start(w, due).campaign().id();
        CalendarQuery range = new CalendarQuery(TODAY, TODAY.plusDays(60), Set.of(DeadlineType.REVIEW_DUE), null, null);

        List<Deadline> reviewer =
                users.as(w.productAdmin(), () -> calendar.deadlines(range).items());
        assertThat(reviewer)
                .filteredOn(d -> d.source().equals("review") && d.sourceId() == id)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.day()).isEqualTo(due);
                    assertThat(d.type()).isEqualTo(DeadlineType.REVIEW_DUE);
                    assertThat(d.action()).isEqualTo(DeadlineAction.DECIDE);
                    assertThat(d.link()).isEqualTo("access-reviews/" + id);
                });

        List<Deadline> analyst =
                users.as("analyst", () -> calendar.deadlines(range).items());
        assertThat(analyst).noneMatch(d -> d.source().equals("review"));
    }

    private void used(long personId, long productId, Instant at) {
        jdbc.update(
                "insert into product_use (person_id, product_id, last_used_at, source, updated_at) values (?, ?, ?, ?, now())",
                personId,
                productId,
                Timestamp.from(at),
                "test");
    }
}
