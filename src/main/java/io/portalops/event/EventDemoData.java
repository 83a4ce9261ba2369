package io.portalops.event;

import io.portalops.contract.ContractKey;
import io.portalops.contract.ContractLookups;
import io.portalops.customer.CustomerLookups;
import io.portalops.shared.demo.DemoProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo events after the demo contracts, when {@code events} is empty: {@code portalops.demo.events=N} (default 20,000)
 * spread evenly over the 24 months before now, across all customers, some about their contracts. Rows stream into
 * {@code events} and {@code event_dedup} with COPY, chunk by chunk: one thread generates the next chunk while two
 * others copy the previous one over their own connections; memory stays flat whatever the size.
 */
@Component
@Profile("demo")
@Order(30)
class EventDemoData implements ApplicationRunner {

    /** What one run wrote: ids {@code firstId…lastId}, occurring from {@code from} (inclusive) to {@code to} (exclusive). */
    record Generated(long firstId, long lastId, Instant from, Instant to) {}

    static final int MONTHS = 24;
    private static final Logger log = LoggerFactory.getLogger(EventDemoData.class);
    private static final int CHUNK = 50_000;
    /** Events about contracts pick among this many contracts at most, which keeps the lookup small at 3M contracts. */
    private static final int MAX_CONTRACTS = 200_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EventPartitions partitions;
    private final CustomerLookups customers;
    private final ContractLookups contracts;
    private final Clock clock;
    private final long size;

    EventDemoData(
            DataSource dataSource,
            JdbcTemplate jdbc,
            EventPartitions partitions,
            CustomerLookups customers,
            ContractLookups contracts,
            Clock clock,
            DemoProperties demo) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.partitions = partitions;
        this.customers = customers;
        this.contracts = contracts;
        this.clock = clock;
        this.size = demo.events();
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from events)", Boolean.class);
        if (Boolean.TRUE.equals(empty) && size > 0) {
            generate(size, clock);
        }
    }

    /** Writes {@code count} events over the {@value #MONTHS} months before the clock's now; null without customers. */
    @Nullable
    Generated generate(long count, Clock at) {
        long[] customerIds = asProducer(customers::allIdsForProducer);
        if (customerIds.length == 0) {
            log.warn("No customers: demo events skipped");
            return null;
        }
        List<ContractKey> contractKeys = asProducer(() -> contracts.inForceForProducer(MAX_CONTRACTS));
        Instant to = at.instant();
        Instant from = to.atZone(ZoneOffset.UTC).minusMonths(MONTHS).toInstant();
        for (YearMonth month = YearMonth.from(from.atZone(ZoneOffset.UTC));
                !month.isAfter(YearMonth.from(to.atZone(ZoneOffset.UTC)));
                month = month.plusMonths(1)) {
            partitions.ensure(month);
        }
        // one block of ids for the whole run; event ids ("demo-" and the id) are then unique across runs too
        long last = Objects.requireNonNull(jdbc.queryForObject(
                "select setval('event_id_seq', nextval('event_id_seq') + ? - 1)", Long.class, count));
        long first = last - count + 1;
        log.info("Demo data: generating {} events from {} to {}", count, from, to);
        long started = System.nanoTime();
        copy(new DemoEventRows(customerIds, contractKeys, first, count, from, to), count, started);
        long analyzing = System.nanoTime();
        jdbc.execute("analyze events");
        jdbc.execute("analyze event_dedup");
        log.info(
                "Demo data: {} events in {} s (analyze {} s)",
                count,
                Math.round((System.nanoTime() - started) / 1e9),
                Math.round((System.nanoTime() - analyzing) / 1e9));
        return new Generated(first, last, from, to);
    }

    /**
     * Each chunk is one COPY (and one transaction) per table, so progress is visible and memory stays flat. The two
     * tables are written on separate connections: a crash in the middle can leave a chunk in one and not the other,
     * which the demo accepts (it then skips, as the table is no longer empty).
     */
    private void copy(DemoEventRows rows, long count, long started) {
        long step = Math.max(count / 20, CHUNK);
        long nextLog = step;
        try (Connection eventsConnection = dataSource.getConnection();
                Connection dedupConnection = dataSource.getConnection();
                ExecutorService eventsWriter = Executors.newSingleThreadExecutor();
                ExecutorService dedupWriter = Executors.newSingleThreadExecutor()) {
            var eventsCopy = eventsConnection.unwrap(PGConnection.class).getCopyAPI();
            var dedupCopy = dedupConnection.unwrap(PGConnection.class).getCopyAPI();
            Future<?> pendingEvents = CompletableFuture.completedFuture(null);
            Future<?> pendingDedup = CompletableFuture.completedFuture(null);
            long written = 0;
            long generatingNanos = 0;
            long waitingNanos = 0;
            for (long from = 0; from < count; from += CHUNK) {
                long to = Math.min(count, from + CHUNK);
                StringBuilder events = new StringBuilder((int) (to - from) * 240);
                StringBuilder dedup = new StringBuilder((int) (to - from) * 60);
                long generating = System.nanoTime();
                rows.write(from, to, events, dedup);
                byte[] eventBytes = events.toString().getBytes(StandardCharsets.UTF_8);
                byte[] dedupBytes = dedup.toString().getBytes(StandardCharsets.UTF_8);
                long waiting = System.nanoTime();
                generatingNanos += waiting - generating;
                // at most one chunk per table in flight while the next one is generated
                await(pendingEvents);
                await(pendingDedup);
                waitingNanos += System.nanoTime() - waiting;
                if (written >= nextLog) {
                    progress(written, count, started);
                    nextLog = written + step;
                }
                pendingEvents = eventsWriter.submit(() -> copyIn(eventsCopy, DemoEventRows.EVENTS_COPY, eventBytes));
                pendingDedup = dedupWriter.submit(() -> copyIn(dedupCopy, DemoEventRows.DEDUP_COPY, dedupBytes));
                written = to;
            }
            long waiting = System.nanoTime();
            await(pendingEvents);
            await(pendingDedup);
            waitingNanos += System.nanoTime() - waiting;
            progress(count, count, started);
            log.info(
                    "Demo data: generating rows took {} s, waiting for COPY {} s",
                    Math.round(generatingNanos / 1e9),
                    Math.round(waitingNanos / 1e9));
        } catch (SQLException e) {
            throw new IllegalStateException("Demo events could not be written", e);
        }
    }

    private static Void copyIn(CopyManager copy, String sql, byte[] rows) throws SQLException, IOException {
        copy.copyIn(sql, new ByteArrayInputStream(rows), 1 << 16);
        return null;
    }

    private static void await(Future<?> pending) {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo events interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Demo events could not be written", e.getCause());
        }
    }

    private static void progress(long done, long count, long started) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        log.info(
                "Demo data: {} / {} events ({}%, {} rows/s)",
                done, count, done * 100 / count, Math.round(done / seconds));
    }

    /** The generator reads customers and contracts as an event producer would: with the producer scope, and nothing more. */
    private static <T> T asProducer(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, AuthorityUtils.createAuthorityList("SCOPE_events:write")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
