package io.portalops.event;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly partitions of {@code events}: creates them ahead of time and drops those past retention. The logic
 * takes a {@link Clock}; the jobs EventPartitionCreationJob and EventRetentionJob call it.
 */
@Component
class EventPartitions {

    private static final Logger log = LoggerFactory.getLogger(EventPartitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyy_MM");

    private final JdbcTemplate jdbc;
    private final int monthsAhead;
    private final int monthsBack;
    private final Period retention;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    EventPartitions(JdbcTemplate jdbc, EventProperties properties) {
        this.jdbc = jdbc;
        this.monthsAhead = properties.partitions().monthsAhead();
        this.monthsBack = properties.partitions().monthsBack();
        this.retention = properties.retention();
    }

    /** Makes sure partitions exist from {@code months-back} before now to {@code months-ahead} after it; returns those created. */
    @Transactional
    public List<String> createAhead(Clock clock) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth oldestKept =
                YearMonth.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minus(retention));
        YearMonth from = now.minusMonths(monthsBack).isBefore(oldestKept) ? oldestKept : now.minusMonths(monthsBack);
        List<String> created = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(now.plusMonths(monthsAhead)); month = month.plusMonths(1)) {
            if (ensure(month)) {
                created.add(name(month));
            }
        }
        if (!created.isEmpty()) {
            log.info("Created event partitions {}", created);
        }
        return created;
    }

    /** Detaches and drops partitions whose whole month lies before the retention cut-off; returns those dropped. */
    @Transactional
    public List<String> dropExpired(Clock clock) {
        YearMonth cutoff =
                YearMonth.from(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minus(retention));
        List<String> dropped = new ArrayList<>();
        for (String partition : existing()) {
            YearMonth month = YearMonth.parse(partition.substring("events_".length()), SUFFIX);
            if (month.isBefore(cutoff)) {
                known.remove(month);
                jdbc.queryForObject("select event_partition_drop(?)", Boolean.class, Date.valueOf(month.atDay(1)));
                dropped.add(partition);
            }
        }
        if (!dropped.isEmpty()) {
            jdbc.update(
                    "delete from event_dedup where occurred_at < ?",
                    Timestamp.from(cutoff.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            log.info("Dropped event partitions past retention {}: {}", retention, dropped);
        }
        return dropped;
    }

    /**
     * Creates one month's partition if missing; true when it was created. Known months skip the catalogue lookup. The
     * owner's function {@code event_partition_create} (V027) does the DDL, since the application role owns no table.
     */
    boolean ensure(YearMonth month) {
        if (known.contains(month)) {
            return false;
        }
        Boolean created =
                jdbc.queryForObject("select event_partition_create(?)", Boolean.class, Date.valueOf(month.atDay(1)));
        known.add(month);
        return Boolean.TRUE.equals(created);
    }

    /**
     * The bounded rule for ingestion (docs/security/ingest-limits.md): an event may land in a month whose partition
     * exists, or create the partition of the current month or a neighbour (a month boundary crossed between two runs of
     * the partition job). Every other month is refused, so a producer key cannot make the database create partitions,
     * each under an exclusive lock on {@code events}. Null when allowed, else the reason.
     */
    @Nullable
    String refusal(YearMonth month, Clock clock) {
        if (nearNow(month, clock) || exists(month)) {
            return null;
        }
        return "occurredAt: the event log keeps no month " + month + " (the partition job keeps " + monthsBack
                + " months back, portalops.events.partitions.months-back); ask an operator to extend it before sending events that old.";
    }

    /** Creates the partition at ingestion, only under {@link #refusal}'s rule. */
    void ensureNear(YearMonth month, Clock clock) {
        if (!nearNow(month, clock) && !exists(month)) {
            throw new IllegalArgumentException("ingestion may not create the partition of " + month);
        }
        ensure(month);
    }

    private static boolean nearNow(YearMonth month, Clock clock) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return !month.isBefore(now.minusMonths(1)) && !month.isAfter(now.plusMonths(1));
    }

    /** Whether the month's partition exists (cached once seen). */
    boolean exists(YearMonth month) {
        if (known.contains(month)) {
            return true;
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name(month)))) {
            known.add(month);
            return true;
        }
        return false;
    }

    public List<String> existing() {
        return jdbc.queryForList(
                "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                        + "join pg_class p on p.oid = i.inhparent where p.relname = 'events' order by c.relname",
                String.class);
    }

    static String name(YearMonth month) {
        return "events_" + month.format(SUFFIX);
    }
}
