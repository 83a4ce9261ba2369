package io.portalops.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer finds active, idle and never-used seats and a running access review with some decisions made. The demo
 * seeds usage as company usage events without a customer (ADR 055), and last use follows from them.
 */
@SpringBootTest
class UsageDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void the_demos_last_use_is_the_newest_of_its_usage_events_per_person_and_product_and_names_no_customer() {
        String demoUse = "from events e join person p on lower(p.email) = lower(e.person_ref) "
                + "where e.source in ('idp', 'usage-meter') and e.event_id like 'demo-%' and e.person_ref is not null";
        assertThat(count("select count(*) " + demoUse)).isPositive();
        assertThat(count("select count(*) " + demoUse + " and e.customer_id is not null"))
                .as("no demo usage event is attributed to a customer")
                .isZero();
        assertThat(count("select count(*) from (select p.id as person_id, e.product_ref::bigint as product_id, "
                        + "max(e.occurred_at) as newest " + demoUse + " group by 1, 2) d "
                        + "left join product_use u on u.person_id = d.person_id and u.product_id = d.product_id "
                        + "where u.last_used_at is null or u.last_used_at < d.newest"))
                .as("every pair the demo's events name has its newest event as last use")
                .isZero();
        assertThat(count("select count(*) from (select p.id as person_id, e.product_ref::bigint as product_id, "
                        + "max(e.occurred_at) as newest " + demoUse + " group by 1, 2) d "
                        + "join product_use u on u.person_id = d.person_id and u.product_id = d.product_id "
                        + "where u.last_used_at = d.newest and u.source in ('idp', 'usage-meter')"))
                .as("and it came from those events")
                .isPositive();
        assertThat(count("select count(*) from product_use where source = 'demo'"))
                .as("no last use is written directly any more")
                .isZero();
        assertThat(count("select count(*) from (select e.person_ref, e.product_ref " + demoUse
                        + " group by 1, 2 having count(*) > 1) twice"))
                .as("some pairs have an earlier use that must not win")
                .isPositive();
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
