package io.portalops.shared.paging;

import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Counts the rows of a grid's own list query, but never more than a cap: the query is run for its ids with a limit of
 * {@code cap + 1}, so a filter matching a million rows costs as much as one matching ten thousand (ADR 036). Grids page
 * without a count (STYLE 4); this is the only count they show.
 */
public final class CappedCount {

    private CappedCount() {}

    /** The ids (or any one column) of the grid's query, with the grid's filter and scope, and no order needed. */
    public static RowCount of(TypedQuery<?> ids, int cap) {
        List<?> rows = ids.setFirstResult(0).setMaxResults(cap + 1).getResultList();
        return RowCount.ofCapped(rows.size(), cap);
    }

    /** The same over SQL with positional parameters: {@code select} is the grid's query without order or limit. */
    public static RowCount of(JdbcTemplate jdbc, String select, List<?> arguments, int cap) {
        Long counted = jdbc.queryForObject(
                "select count(*) from (" + select + " limit " + (cap + 1) + ") capped",
                Long.class,
                arguments.toArray());
        return RowCount.ofCapped(counted == null ? 0 : counted, cap);
    }

    /** The same over SQL with named parameters. */
    public static RowCount of(NamedParameterJdbcTemplate jdbc, String select, SqlParameterSource parameters, int cap) {
        Long counted = jdbc.queryForObject(
                "select count(*) from (" + select + " limit " + (cap + 1) + ") capped", parameters, Long.class);
        return RowCount.ofCapped(counted == null ? 0 : counted, cap);
    }
}
