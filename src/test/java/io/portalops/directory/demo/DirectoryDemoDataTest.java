package io.portalops.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DirectoryDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void the_demo_has_five_thousand_people_with_about_thirty_thousand_grants() {
        assertThat(count("select count(*) from person where employee_number like 'E%'"))
                .isEqualTo(5000);
        assertThat(count("select count(*) from access_grant where id <= 40000 and person_id <= 5000"))
                .isBetween(27_000, 34_000);
        assertThat(
                        count(
                                "select count(*) from person_aud a join audit_revision r on r.id = a.rev where r.username = 'demo-data'"))
                .isEqualTo(5000);
    }

    @Test
    void no_per_seat_product_holds_more_active_grants_than_its_purchased_seats_and_the_seat_counts_match() {
        assertThat(
                        count(
                                "select count(*) from product p where p.licence_model = 'PER_SEAT' and p.name not like 'Seats %' "
                                        + "and (select count(*) from access_grant g where g.product_id = p.id and g.status = 'ACTIVE') > p.seats_purchased"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from product p where p.name in ('Gmail', 'Slack Business+', 'Jira') and p.seats_assigned <> "
                                        + "(select count(*) from access_grant g where g.product_id = p.id and g.status = 'ACTIVE')"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from product p where p.licence_model = 'PER_SEAT' and p.seats_assigned = p.seats_purchased"))
                .as("some products are full, to show the seat limit")
                .isPositive();
    }

    @Test
    void some_people_start_or_leave_in_the_coming_weeks_and_the_demo_admins_are_in_the_directory() {
        LocalDate today = LocalDate.now();
        assertThat(count(
                        "select count(*) from person where status = 'PENDING_START' and start_date between ? and ?",
                        today,
                        today.plusWeeks(7)))
                .isGreaterThan(50);
        assertThat(count(
                        "select count(*) from person where status = 'LEAVING' and end_date between ? and ?",
                        today,
                        today.plusWeeks(7)))
                .isGreaterThan(30);
        assertThat(
                        count(
                                "select count(*) from person p join account a on a.id = p.account_id where a.username in ('serviceadmin', 'productadmin')"))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from access_grant g join person p on p.id = g.person_id where p.status = 'LEFT' and g.status <> 'REVOKED'"
                                // the demo's own people: other tests' fixtures leave people with access on purpose
                                + " and p.employee_number ~ '^E[0-9]{5}$'"))
                .isZero();
    }
}
