package io.portalops.shared.db;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes the materialized views that hold pre-aggregated figures. {@code concurrently} keeps each view readable
 * while it is rebuilt (it needs a unique index, which every rollup view has), so a dashboard never waits on a refresh.
 */
public final class MaterializedViews {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private MaterializedViews() {}

    public static void refresh(JdbcTemplate jdbc, String... views) {
        for (String view : views) {
            if (!NAME.matcher(view).matches()) {
                throw new IllegalArgumentException("not a view name: " + view);
            }
            jdbc.execute("refresh materialized view concurrently " + view);
        }
    }
}
