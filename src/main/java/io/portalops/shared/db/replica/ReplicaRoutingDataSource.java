package io.portalops.shared.db.replica;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The read-only side of the routing: {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy} asks it
 * for the connection of a read-only transaction (and only then), at the transaction's first statement. It hands out
 * a replica connection when the thread is marked by {@link ReplicaReads}, else a primary connection set read-only,
 * as the transaction would have had without a replica.
 */
final class ReplicaRoutingDataSource extends DelegatingDataSource {

    private final DataSource replica;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica) {
        super(primary);
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaReads.active()) {
            return replica.getConnection();
        }
        Connection primary = obtainTargetDataSource().getConnection();
        primary.setReadOnly(true);
        return primary;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
