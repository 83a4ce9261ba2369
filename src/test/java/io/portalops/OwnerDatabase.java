package io.portalops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded database as its owner (the superuser that runs Flyway), for tests that play an attacker with more
 * rights than the application role: everything runs in one transaction on one connection and is rolled back.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {}

    public static <T> T inRolledBackTransaction(Environment environment, Function<JdbcTemplate, T> work) {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"),
                true);
        owner.setAutoCommit(false);
        try {
            Connection connection = owner.getConnection();
            try {
                return work.apply(new JdbcTemplate(owner));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            owner.destroy();
        }
    }

    /**
     * Runs as the owner with every statement committed at once, for a fault (a trigger) that the application's own
     * connections must see. The caller undoes it in a {@code finally}, and scopes it to rows only its test writes.
     */
    public static void committed(Environment environment, java.util.function.Consumer<JdbcTemplate> work) {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getRequiredProperty("spring.flyway.password"),
                true);
        try {
            work.accept(new JdbcTemplate(owner));
        } finally {
            owner.destroy();
        }
    }
}
