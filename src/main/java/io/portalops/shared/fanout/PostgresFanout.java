package io.portalops.shared.fanout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fan-out over PostgreSQL LISTEN/NOTIFY (ADR 047). {@link #send} runs {@code pg_notify} on the caller's transactional
 * connection, so PostgreSQL delivers it only if and when that transaction commits, in commit order. Each node holds
 * one dedicated listening connection of its own (not from the pool: a pooled connection is handed to others and
 * forgets its LISTEN), read by one background thread, which reconnects with a doubling wait after the database
 * restarts or ends the session, and then tells every listener that messages may have been missed.
 *
 * <p>Meters: {@code portalops.fanout.sent} and {@code .received} by topic, {@code .reconnects}.
 */
public final class PostgresFanout implements Fanout, SmartLifecycle {

    /** One channel for every topic: the topic travels in the payload, so the listener LISTENs once. */
    static final String CHANNEL = "portalops_fanout";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresFanout.class);

    /** Where the listening connection goes: the application's own database and role. */
    record Target(
            String url, @Nullable String username, @Nullable String password) {}

    private final JdbcTemplate jdbc;
    private final Target target;
    private final FanoutProperties properties;
    private final MeterRegistry meters;
    private final FanoutListeners listeners = new FanoutListeners();
    private final String origin = UUID.randomUUID().toString().substring(0, 13);
    private final Counter reconnects;

    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile int backendPid;

    PostgresFanout(JdbcTemplate jdbc, Target target, FanoutProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.target = target;
        this.properties = properties;
        this.meters = meters;
        this.reconnects = Counter.builder("portalops.fanout.reconnects")
                .description("Times the fan-out listener reconnected after losing its database connection")
                .register(meters);
    }

    @Override
    public void send(String topic, Collection<Long> ids) {
        List<String> payloads = FanoutPayload.encode(topic, origin, ids);
        for (String payload : payloads) {
            jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload);
        }
        Counter sent = Counter.builder("portalops.fanout.sent")
                .description("Fan-out messages sent to other nodes (counted on commit)")
                .tag("topic", topic)
                .register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sent.increment(payloads.size());
                }
            });
        } else {
            sent.increment(payloads.size());
        }
    }

    @Override
    public Subscription listen(String topic, FanoutListener listener) {
        return listeners.add(topic, listener);
    }

    /** This node's id in the payloads it sends. */
    public String origin() {
        return origin;
    }

    /** The backend process of the listening connection, 0 while disconnected (for operations and tests). */
    public int listenerBackendPid() {
        return backendPid;
    }

    public double reconnectCount() {
        return reconnects.count();
    }

    @Override
    public void start() {
        running = true;
        Thread listening = Thread.ofPlatform().name("fanout-listener").daemon().start(this::listenUntilStopped);
        thread = listening;
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(properties.pollTimeout().multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration wait = properties.reconnectMin();
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = connect()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backendPid = pg.getBackendPID();
                if (connectedBefore) {
                    reconnects.increment();
                    LOG.info("Fan-out listener reconnected; screens read their figures again");
                    listeners.missed();
                }
                connectedBefore = true;
                wait = properties.reconnectMin();
                receive(connection, pg);
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    return;
                }
                LOG.warn("Fan-out listener lost its connection ({}); retrying in {}", e.getMessage(), wait);
                try {
                    // this thread exists only to hold the LISTEN connection, so it waits out its own back-off; a
                    // scheduler would add a second thread and a hand-over for a loop that has nothing else to do
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(properties.reconnectMax()) > 0
                        ? properties.reconnectMax()
                        : wait.multipliedBy(2);
            }
        }
        backendPid = 0;
    }

    /** Returns only when stopped; throws when the connection breaks. */
    private void receive(Connection connection, PGConnection pg) throws SQLException {
        long quietSince = System.nanoTime();
        int timeout = Math.toIntExact(properties.pollTimeout().toMillis());
        while (running) {
            PGNotification[] notifications = pg.getNotifications(timeout);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    FanoutPayload.decode(notification.getParameter())
                            .filter(message -> !message.origin().equals(origin))
                            .ifPresent(this::deliver);
                }
            } else if (System.nanoTime() - quietSince > properties.checkAfter().toNanos()) {
                // a half-open TCP connection would wait for notifications forever: one round trip tells
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(FanoutMessage message) {
        Counter.builder("portalops.fanout.received")
                .description("Fan-out messages received from other nodes")
                .tag("topic", message.topic())
                .register(meters)
                .increment();
        listeners.deliver(message);
    }

    private Connection connect() throws SQLException {
        Properties connection = new Properties();
        if (target.username() != null) {
            connection.setProperty("user", target.username());
        }
        if (target.password() != null) {
            connection.setProperty("password", target.password());
        }
        connection.setProperty("ApplicationName", "portalops-fanout-" + origin);
        connection.setProperty("tcpKeepAlive", "true");
        connection.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(target.url(), connection);
    }
}
