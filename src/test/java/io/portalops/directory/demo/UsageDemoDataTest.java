package io.portalops.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer finds active, idle and never-used seats and a running access review with some decisions made. (The demo
 * seeds last use as rows, not as events: an event must name a customer, and 20,000 sign-ins on one customer would
 * drown the customers' event figures; see ADR 040.)
 */
@SpringBootTest
class UsageDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void a_newcomer_sees_active_idle_and_never_used_seats_and_a_running_review_with_some_decisions() {
        String seats = "select count(*) from access_grant g left join product_use u on u.person_id = g.person_id "
                + "and u.product_id = g.product_id where g.status = 'ACTIVE' and ";
        assertThat(count(seats + "u.last_used_at > now() - interval '30 days'")).isPositive();
        assertThat(count(seats + "u.last_used_at < now() - interval '30 days'")).isPositive();
        assertThat(count(seats + "u.last_used_at is null")).isPositive();

        String demoReview = "(select min(id) from access_review where title like 'Quarterly access review %')";
        assertThat(count("select count(*) from access_review where status = 'RUNNING' and id = " + demoReview))
                .isEqualTo(1);
        int items = count("select count(*) from access_review_item where review_id = " + demoReview);
        int decided = count("select count(*) from access_review_decision where review_id = " + demoReview);
        assertThat(decided).isPositive().isLessThan(items);
        assertThat(count("select count(*) from access_review_item where last_used_at is not null and review_id = "
                        + demoReview))
                .as("the review's snapshot read the usage the events recorded")
                .isPositive();
    }
}
