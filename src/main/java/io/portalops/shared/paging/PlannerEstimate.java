package io.portalops.shared.paging;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A count for the grids over tables too big even for a capped count to say much (the events, 500M rows): the capped
 * count first, and only when it reaches its cap the PostgreSQL planner's row estimate of the same query, read from
 * {@code EXPLAIN (FORMAT JSON)}, shown as "about 1.2M" (ADR 046). The capped count keeps the small cases exact (a
 * filter matching nothing is "0", never the planner's minimum of one row), and the estimate is shown only when it
 * agrees that more than the cap match; otherwise the grid says "10,000+".
 *
 * <p>The query goes to EXPLAIN with its {@code ?} placeholders and the arguments bound by the driver, never with the
 * values written into its text; PostgreSQL plans it with those values, so their statistics shape the estimate.
 */
public final class PlannerEstimate {

    private static final JsonMapper JSON = JsonMapper.shared();

    private PlannerEstimate() {}

    /** The capped count of {@code select} (the grid's query without order or limit), or past the cap its estimate. */
    public static RowCount count(JdbcTemplate jdbc, String select, List<?> arguments, int cap) {
        RowCount capped = CappedCount.of(jdbc, select, arguments, cap);
        if (!capped.atLeast()) {
            return capped;
        }
        long estimate = rows(jdbc, select, arguments);
        return estimate > cap ? RowCount.estimate(estimate) : capped;
    }

    /** The planner's estimate of the rows {@code select} returns, planned with the bound {@code arguments}. */
    public static long rows(JdbcTemplate jdbc, String select, List<?> arguments) {
        String plan = jdbc.queryForObject("explain (format json) " + select, String.class, arguments.toArray());
        if (plan == null) {
            throw new IllegalStateException("EXPLAIN answered nothing");
        }
        JsonNode rows = JSON.readTree(plan).path(0).path("Plan").path("Plan Rows");
        if (!rows.isNumber()) {
            throw new IllegalStateException("EXPLAIN gave no row estimate: " + plan);
        }
        return Math.max(0, Math.round(rows.asDouble()));
    }
}
