package io.portalops.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.OwnerDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The planner's estimate behind "about 1.2M", against the real PostgreSQL: a table of 60,000 rows made and analysed
 * in a transaction that is rolled back, so that the statistics are known. "common" matches 40,000 rows, "frequent"
 * 12,000, "rare" 17; {@code g} and {@code h} are equal on every row, which the planner does not know.
 */
@SpringBootTest
class PlannerEstimateTest {

    private static final String BY_KIND = "select id from planner_probe where kind = ?";

    @Autowired
    Environment environment;

    void withProbe(Consumer<JdbcTemplate> test) {
        OwnerDatabase.inRolledBackTransaction(environment, jdbc -> {
            jdbc.execute("create table planner_probe (id bigint primary key, kind text not null, g int, h int)");
            jdbc.execute("insert into planner_probe select i, case when i <= 40000 then 'common' "
                    + "when i <= 52000 then 'frequent' when i <= 52017 then 'rare' else 'other' end, i % 4, i % 4 "
                    + "from generate_series(1, 60000) i");
            jdbc.execute("analyze planner_probe");
            test.accept(jdbc);
            return null;
        });
    }

    @Test
    void past_the_cap_a_filter_is_shown_as_the_planners_estimate_of_that_filter_with_its_own_value() {
        withProbe(jdbc -> {
            RowCount common = PlannerEstimate.count(jdbc, BY_KIND, List.of("common"), RowCount.CAP);
            RowCount frequent = PlannerEstimate.count(jdbc, BY_KIND, List.of("frequent"), RowCount.CAP);

            assertThat(common.estimated()).isTrue();
            assertThat(common.value()).isBetween(36_000L, 44_000L);
            assertThat(common.label("row", "rows")).matches("about 3[6-9]K rows|about 4[0-4]K rows");
            // the bound value reached the planner: the same SQL text estimates each value by its own frequency
            assertThat(frequent.estimated()).isTrue();
            assertThat(frequent.value()).isBetween(10_800L, 13_200L);
        });
    }

    @Test
    void a_filter_matching_nothing_is_zero_and_not_the_planners_minimum_of_one_row() {
        withProbe(jdbc -> {
            assertThat(PlannerEstimate.rows(jdbc, BY_KIND, List.of("none"))).isGreaterThanOrEqualTo(1);

            RowCount none = PlannerEstimate.count(jdbc, BY_KIND, List.of("none"), RowCount.CAP);
            assertThat(none).isEqualTo(RowCount.exact(0));
            assertThat(none.label("row", "rows")).isEqualTo("0 rows");
        });
    }

    @Test
    void a_small_count_stays_exact() {
        withProbe(jdbc -> {
            RowCount rare = PlannerEstimate.count(jdbc, BY_KIND, List.of("rare"), RowCount.CAP);
            assertThat(rare).isEqualTo(RowCount.exact(17));
            assertThat(rare.label("row", "rows")).isEqualTo("17 rows");
        });
    }

    @Test
    void when_the_planner_guesses_below_the_cap_the_capped_lower_bound_is_shown_instead() {
        withProbe(jdbc -> {
            String both = "select id from planner_probe where g = ? and h = ?";
            // 15,000 rows match; the planner multiplies two quarters and expects about 3,750
            assertThat(PlannerEstimate.rows(jdbc, both, List.of(0, 0))).isLessThan(RowCount.CAP);

            RowCount count = PlannerEstimate.count(jdbc, both, List.of(0, 0), RowCount.CAP);
            assertThat(count).isEqualTo(new RowCount(RowCount.CAP, true));
            assertThat(count.label("row", "rows")).isEqualTo("10,000+ rows");
        });
    }

    @Test
    void a_filter_value_is_bound_as_a_parameter_and_never_becomes_part_of_the_sql() {
        withProbe(jdbc -> {
            // written into the text, the first would match every row and the second would drop the table
            for (String hostile : List.of("common' or 'x' = 'x", "x'); drop table planner_probe; --")) {
                assertThat(PlannerEstimate.count(jdbc, BY_KIND, List.of(hostile), RowCount.CAP))
                        .isEqualTo(RowCount.exact(0));
                assertThat(PlannerEstimate.rows(jdbc, BY_KIND, List.of(hostile)))
                        .isLessThan(100);
            }
            assertThat(jdbc.queryForObject("select count(*) from planner_probe", Long.class))
                    .isEqualTo(60_000L);
        });
    }

    @Test
    void estimates_read_as_two_significant_digits() {
        assertThat(RowCount.estimate(1_234_567).label()).isEqualTo("about 1.2M");
        assertThat(RowCount.estimate(12_345).label()).isEqualTo("about 12K");
        assertThat(RowCount.estimate(999_999).label()).isEqualTo("about 1M");
        assertThat(RowCount.estimate(543_210_000).label("event", "events")).isEqualTo("about 540M events");
        assertThat(RowCount.exact(1).label("event", "events")).isEqualTo("1 event");
    }
}
