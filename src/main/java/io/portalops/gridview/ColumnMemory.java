package io.portalops.gridview;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The columns each account last left each grid with: one row per account and grid, written over on each change. */
@Repository
class ColumnMemory {

    private final JdbcTemplate jdbc;

    ColumnMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> find(long account, String grid) {
        return jdbc
                .query(
                        "select state::text from grid_column_memory where account_id = ? and grid = ?",
                        (rs, i) -> rs.getString(1),
                        account,
                        grid)
                .stream()
                .findFirst();
    }

    void put(long account, String grid, String state, Instant now) {
        jdbc.update(
                "insert into grid_column_memory (account_id, grid, state, updated_at) values (?, ?, ?::jsonb, ?) "
                        + "on conflict (account_id, grid) do update set state = excluded.state, "
                        + "updated_at = excluded.updated_at",
                account,
                grid,
                state,
                Timestamp.from(now));
    }
}
