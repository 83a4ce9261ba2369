package io.portalops.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's last use derives from usage events, as in production: every seeded last-use row has the ingested
 * {@code login} or {@code usage.reported} event naming that person and product at that time, and a newcomer finds
 * active, idle and never-used seats and a running access review with some decisions made.
 */
@SpringBootTest
class UsageDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void every_demo_last_use_comes_from_a_stored_usage_event_naming_the_person_and_the_product() {
        int rows = count("select count(*) from product_use where source = '" + UsageDemoData.SOURCE + "'");
        int fromEvents = count("with e as (select lower(person_ref) as person, product_ref, max(occurred_at) as at "
                + "from events where source = '" + UsageDemoData.SOURCE + "' and type in ('login', 'usage.reported') "
                + "group by 1, 2) "
                + "select count(*) from product_use u join person p on p.id = u.person_id "
                + "join e on e.person = lower(p.email) and e.product_ref = u.product_id::text "
                + "and e.at = u.last_used_at where u.source = '" + UsageDemoData.SOURCE + "'");

        assertThat(rows).isGreaterThan(100);
        assertThat(fromEvents).isEqualTo(rows);
        assertThat(count("select count(*) from product_use where source = 'demo'"))
                .as("no last use is written past the events")
                .isZero();
        assertThat(count("select count(distinct type) from events where source = '" + UsageDemoData.SOURCE + "'"))
                .isEqualTo(2);
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
