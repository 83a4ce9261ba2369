package io.portalops.shared.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;

/**
 * Whether a failure means the database cannot be reached right now (docs/reliability.md): a request then answers 503
 * with Retry-After (problem+json under /api/, a plain message in the UI) rather than a 500 and a stack of pool errors.
 * Recognised anywhere in the cause chain: the pool giving up waiting for a connection (Hikari's
 * {@link SQLTransientConnectionException}), and PostgreSQL's connection exceptions (SQLState class 08: refused, broken)
 * and operator interventions that end sessions (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait; the embedded server restarts in a few seconds, an external one within a minute. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public static final String MESSAGE =
            "The database cannot be reached at the moment. Nothing was changed; please try again shortly.";

    private DatabaseUnavailable() {}

    public static boolean causes(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
