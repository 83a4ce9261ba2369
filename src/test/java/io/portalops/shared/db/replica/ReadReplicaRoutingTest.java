package io.portalops.shared.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.contract.ContractFigures;
import io.portalops.dashboard.Dashboard;
import io.portalops.dashboard.DashboardSnapshot;
import io.portalops.event.EventFilter;
import io.portalops.event.EventFixtures;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import io.portalops.export.ExportFile;
import io.portalops.export.ExportFormat;
import io.portalops.export.Exports;
import io.portalops.export.GridExports;
import io.portalops.shared.db.EmbeddedPostgresEnvironmentPostProcessor;
import io.portalops.shared.db.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read-replica routing (ADR 050) against a second embedded PostgreSQL standing in for the replica: it has the same
 * schema (the same migrations) and a marker event the primary does not have, under its own source. What is read from
 * it proves where a read went. This is the suite's one extra context: the shared one runs without a replica.
 */
@SpringBootTest
class ReadReplicaRoutingTest {

    private static final String APP_ROLE = EmbeddedPostgresEnvironmentPostProcessor.APP_ROLE;
    private static EmbeddedPostgres replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        replica = EmbeddedPostgresLauncher.startOrReuse(Path.of("target/test-data/replica-postgres"), true);
        JdbcTemplate owner = new JdbcTemplate(replica.getPostgresDatabase());
        owner.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE + "') then "
                + "create role " + APP_ROLE + " login password '" + APP_ROLE + "' noinherit; end if; end $$");
        Flyway.configure()
                .dataSource(replica.getPostgresDatabase())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", APP_ROLE))
                .load()
                .migrate();
        registry.add(
                "portalops.datasource.read-only.url",
                () -> replica.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*", ""));
        registry.add("portalops.datasource.read-only.username", () -> APP_ROLE);
        registry.add("portalops.datasource.read-only.password", () -> APP_ROLE);
    }

    @Autowired
    EventLog eventLog;

    @Autowired
    Dashboard dashboard;

    @Autowired
    EventFixtures events;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Exports exports;

    @Autowired
    GridExports grids;

    @Autowired
    PlatformTransactionManager transactions;

    /** An event stored on the primary under {@code source}, copied to the replica under {@code source + "-replica"}. */
    private long eventOnBoth(String source) {
        Instant occurred = Instant.now().minus(1, ChronoUnit.HOURS);
        long id = events.ingest(source, "payment.missed", events.customerOf("manager"), occurred);
        JdbcTemplate owner = new JdbcTemplate(replica.getPostgresDatabase());
        owner.queryForObject(
                "select event_partition_create(?)",
                Boolean.class,
                Date.valueOf(LocalDate.ofInstant(occurred, ZoneOffset.UTC).withDayOfMonth(1)));
        jdbc.query(
                "select * from events where id = ?",
                rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                        values.add(meta.getColumnName(i).equals("source") ? source + "-replica" : rs.getObject(i));
                    }
                    // the replica holds no customers or contracts: its foreign keys are not what this test is about
                    owner.execute((java.sql.Connection c) -> {
                        try (var session = c.createStatement()) {
                            session.execute("set session_replication_role = replica");
                        }
                        try (var insert = c.prepareStatement("insert into events (" + String.join(", ", columns)
                                + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
                            for (int i = 0; i < values.size(); i++) {
                                insert.setObject(i + 1, values.get(i));
                            }
                            insert.executeUpdate();
                        }
                        // with its dedup key, as every stored event has (the log looks there for its source first)
                        try (var key = c.prepareStatement(
                                "insert into event_dedup (source, event_id, occurred_at) values (?, ?, ?)")) {
                            key.setObject(1, values.get(columns.indexOf("source")));
                            key.setObject(2, values.get(columns.indexOf("event_id")));
                            key.setObject(3, values.get(columns.indexOf("occurred_at")));
                            key.executeUpdate();
                        }
                        try (var session = c.createStatement()) {
                            session.execute("set session_replication_role = origin");
                        }
                        return null;
                    });
                },
                id);
        return id;
    }

    private List<Long> logIds(String source) {
        return users.as(
                "admin",
                () ->
                        eventLog
                                .search(new EventFilter(null, null, null, source, null, null, null, null), null, 50)
                                .items()
                                .stream()
                                .map(EventListItem::id)
                                .toList());
    }

    @Test
    void the_event_log_reads_from_the_replica() {
        String source = EventFixtures.uniqueSource();
        long id = eventOnBoth(source);

        assertThat(logIds(source + "-replica"))
                .as("the replica's copy is what the log shows")
                .containsExactly(id);
        assertThat(logIds(source)).as("the primary's own row is not read").isEmpty();
    }

    @Test
    void only_a_marked_read_only_transaction_reaches_the_replica_and_a_write_never_does() {
        String source = EventFixtures.uniqueSource();
        eventOnBoth(source);
        String count = "select count(*) from events where source = ?";
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);

        Supplier<Long> inReadOnly = () -> readOnly.execute(s -> jdbc.queryForObject(count, Long.class, source));
        Supplier<Long> inReadWrite = () -> readWrite.execute(s -> jdbc.queryForObject(count, Long.class, source));
        Supplier<Integer> write = () ->
                readWrite.execute(s -> jdbc.update("update events set event_id = event_id where source = ?", source));

        long marked = ReplicaReads.call(inReadOnly);
        long unmarked = inReadOnly.get();
        long markedReadWrite = ReplicaReads.call(inReadWrite);
        int written = ReplicaReads.call(write);

        assertThat(marked)
                .as("marked, read-only: the replica, which has the copy only")
                .isZero();
        assertThat(unmarked).as("read-only but not marked: the primary").isOne();
        assertThat(markedReadWrite).as("marked but read-write: the primary").isOne();
        assertThat(written)
                .as("a write in a marked flow reaches the primary's row")
                .isOne();
    }

    @Test
    void an_export_reads_its_rows_from_the_replica_and_records_itself_on_the_primary() throws Exception {
        String source = EventFixtures.uniqueSource();
        long id = eventOnBoth(source);

        ExportFile file = users.as(
                "admin",
                () -> exports.run(grids.query("events", Map.of("source", source + "-replica")), ExportFormat.CSV));

        String csv;
        try (InputStream in = file.content().open()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(csv).contains(source + "-replica");
        assertThat(file.rows()).isOne();
        assertThat(jdbc.queryForObject("select status from export_record where id = ?", String.class, file.exportId()))
                .as("the export's record, written in the same flow, is on the primary")
                .isEqualTo("READY");
        assertThat(new JdbcTemplate(replica.getPostgresDatabase())
                        .queryForObject("select count(*) from export_record", Long.class))
                .isZero();
        assertThat(id).isPositive();
    }

    @Test
    void the_dashboard_reads_its_figures_from_the_replica() {
        // the replica holds the schema but none of the demo's contracts: a dashboard read there counts none
        assertThat(jdbc.queryForObject("select count(*) from contract", Long.class))
                .as("the primary has contracts")
                .isPositive();

        DashboardSnapshot snapshot = users.as("analyst", dashboard::snapshot);

        assertThat(snapshot.analysis()).isNotNull();
        assertThat(snapshot.analysis().byStatus().stream()
                        .mapToLong(ContractFigures.StatusFigure::contracts)
                        .sum())
                .as("contracts by status, as read on the replica")
                .isZero();
    }
}
