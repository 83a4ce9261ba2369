package io.portalops.shared.db.replica;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out a replica connection only to a read-only transaction marked by {@link ReplicaReads}; anything else (a
 * write, a read-write transaction, an unmarked read) gets the primary. It sits behind a
 * {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy}, so the choice is made at the first
 * statement, once the transaction's read-only flag is known, rather than when the transaction manager begins.
 */
final class ReplicaRoutingDataSource extends DelegatingDataSource {

    private final DataSource replica;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica) {
        super(primary);
        this.replica = replica;
    }

    static boolean routesToReplica() {
        return ReplicaReads.active()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return routesToReplica() ? replica.getConnection() : obtainTargetDataSource().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return routesToReplica()
                ? replica.getConnection()
                : obtainTargetDataSource().getConnection(username, password);
    }
}
