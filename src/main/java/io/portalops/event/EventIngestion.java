package io.portalops.event;

import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractOwnership;
import io.portalops.customer.CustomerLookups;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates and stores events. A duplicate {@code (source, eventId)} is acknowledged and stored once, across
 * partitions and under concurrency: the insert into {@code event_dedup} decides, and a concurrent twin waits on its
 * unique key and then sees the conflict. Rejected events go to the dead-letter table with their reasons. Stored
 * events announce themselves with {@link EventsIngested}, which listeners receive after the commit.
 */
@Service
public class EventIngestion {

    /** The most events one batch may hold, for every source: it bounds one transaction and one multi-row statement. */
    public static final int MAX_BATCH = 1000;

    private final EventRows writer;
    private final EventTypes types;
    private final EventPartitions partitions;
    private final CustomerLookups customers;
    private final ContractLookups contracts;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final EventTimeWindow window;
    private final EventMetrics metrics;
    private final SubmissionChecks checks;
    private final DeadLetterFiling deadLetters;
    private final StreamIntake streams;
    private final Set<String> usageTypes;

    EventIngestion(
            JdbcTemplate jdbc,
            EventRows writer,
            EventTypes types,
            EventPartitions partitions,
            CustomerLookups customers,
            ContractLookups contracts,
            Clock clock,
            EventProperties properties,
            ApplicationEventPublisher publisher,
            EventTimeWindow window,
            EventMetrics metrics,
            JsonMapper json) {
        this.metrics = metrics;
        this.publisher = publisher;
        this.window = window;
        this.writer = writer;
        this.types = types;
        this.partitions = partitions;
        this.customers = customers;
        this.contracts = contracts;
        this.clock = clock;
        this.checks =
                new SubmissionChecks(window, partitions, clock, properties.maxPayloadBytes(), properties.usageTypes());
        this.deadLetters = new DeadLetterFiling(jdbc, clock, properties.maxPayloadBytes());
        this.usageTypes = Set.copyOf(properties.usageTypes());
        // the body limit of POST /api/events, and the mapper that binds its bodies: a record is read as a request is
        this.streams = new StreamIntake(json, properties.maxPayloadBytes() + EventBodyLimits.ENVELOPE);
    }

    /** Stores one event in its own transaction; the outcome is committed before it is returned. */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional
    public IngestOutcome ingest(EventSubmission event) {
        return ingest(event, true);
    }

    /** The ingestion itself; a replay from the dead-letter table does not file a second dead letter. */
    IngestOutcome ingest(EventSubmission event, boolean fileDeadLetter) {
        return store(List.of(event), fileDeadLetter).getFirst();
    }

    /**
     * Stores a batch in one transaction with one multi-row statement per table: each item is still accepted, a
     * duplicate (also of an earlier item in the same batch) or rejected on its own, and rejected items never stop
     * valid ones. A batch of more than {@link #MAX_BATCH} items (or none) is refused whole, whatever its source.
     */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional
    public List<IngestOutcome> ingestBatch(List<EventSubmission> events) {
        String refusal = batchSizeRefusal(events.size());
        if (refusal != null) {
            throw new BatchSizeException(refusal);
        }
        return store(events, true);
    }

    /**
     * Stores a batch of records from a stream source (ADR 048) in one transaction, through the same checks, dedup,
     * dead letters and storage as {@link #ingestBatch}. A record that is not an event (not UTF-8, not JSON, not the
     * shape {@code POST /api/events} takes, over its size limit) or that names another source than its channel is
     * dead-lettered with its origin; it never stops the others. The same batch limit applies.
     */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional
    public List<IngestOutcome> ingestStream(List<StreamRecord> records) {
        String refusal = batchSizeRefusal(records.size());
        if (refusal != null) {
            throw new BatchSizeException(refusal);
        }
        List<@Nullable IngestOutcome> outcomes = new ArrayList<>(records.size());
        List<EventSubmission> readable = new ArrayList<>();
        List<@Nullable String> origins = new ArrayList<>();
        for (StreamRecord record : records) {
            StreamIntake.Read read = streams.read(record);
            if (read.reasons().isEmpty()) {
                readable.add(Objects.requireNonNull(read.event()));
                origins.add(record.origin());
                outcomes.add(null);
            } else {
                if (read.event() != null) {
                    deadLetters.file(read.event(), read.reasons(), record.origin());
                } else {
                    deadLetters.fileUnread(record.source(), read.body(), read.reasons(), record.origin());
                }
                outcomes.add(IngestOutcome.rejected(read.reasons()));
            }
        }
        metrics.rejectedUnread(records.size() - readable.size());
        List<IngestOutcome> stored = readable.isEmpty() ? List.of() : store(readable, true, origins);
        List<IngestOutcome> result = new ArrayList<>(records.size());
        int next = 0;
        for (IngestOutcome outcome : outcomes) {
            result.add(outcome != null ? outcome : stored.get(next++));
        }
        return result;
    }

    /** Why a batch of this size is refused whole, or null when its size is within the limit. */
    static @Nullable String batchSizeRefusal(int size) {
        return size < 1 || size > MAX_BATCH
                ? "A batch holds 1 to " + MAX_BATCH + " events; this one holds " + size + "."
                : null;
    }

    private List<IngestOutcome> store(List<EventSubmission> events, boolean fileDeadLetters) {
        return store(events, fileDeadLetters, Collections.nCopies(events.size(), null));
    }

    /** {@code origins}: where each event came from, kept on its dead letter (null for the HTTP API). */
    private List<IngestOutcome> store(
            List<EventSubmission> events, boolean fileDeadLetters, List<@Nullable String> origins) {
        return metrics.batch(events.size(), () -> storeObserved(events, fileDeadLetters, origins));
    }

    private List<IngestOutcome> storeObserved(
            List<EventSubmission> events, boolean fileDeadLetters, List<@Nullable String> origins) {
        List<IngestItem> checked = events.stream().map(checks::check).toList();
        List<IngestItem> passed = checked.stream().filter(IngestItem::valid).toList();
        Map<String, Long> customerIds = customers.idsForProducer(passed.stream()
                .map(IngestItem::checkedEvent)
                .filter(IngestItem::hasCustomer)
                .map(EventSubmission::customerRef)
                .collect(Collectors.toSet()));
        Map<String, ContractOwnership> contractIds = contracts.idsForProducer(passed.stream()
                .map(IngestItem::checkedEvent)
                .filter(IngestItem::hasContract)
                .map(EventSubmission::contractNumber)
                .collect(Collectors.toSet()));
        // also a rejected item's type, so that its metric tag can name a registered type
        EventTypes.PayloadChecks payloadChecks = types.checks(checked.stream()
                .map(IngestItem::event)
                .filter(e -> e != null && e.type() != null && e.type().length() <= 100)
                .map(EventSubmission::type)
                .collect(Collectors.toSet()));
        List<IngestItem> items = checked.stream()
                .map(i -> i.valid() ? IngestItem.resolve(i, customerIds, contractIds, payloadChecks) : i)
                .toList();

        // rejected items and in-batch twins are decided here; the rest (null for now) by the claim in event_dedup
        List<@Nullable IngestOutcome> outcomes = new ArrayList<>(items.size());
        List<IngestItem> toClaim = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            IngestItem item = items.get(i);
            if (!item.valid()) {
                if (fileDeadLetters) {
                    deadLetters.file(item.event(), item.reasons(), origins.get(i));
                }
                outcomes.add(IngestOutcome.rejected(item.reasons()));
            } else if (!seen.add(item.resolvedRow().key())) {
                outcomes.add(IngestOutcome.duplicate());
            } else {
                toClaim.add(item);
                outcomes.add(null);
            }
        }
        Map<String, Long> claimed = toClaim.isEmpty()
                ? Map.of()
                : writer.claim(toClaim.stream().map(IngestItem::resolvedRow).toList());
        List<EventRows.Row> fresh = toClaim.stream()
                .map(IngestItem::resolvedRow)
                .filter(row -> claimed.containsKey(row.key()))
                .toList();
        if (!fresh.isEmpty()) {
            fresh.stream()
                    .map(row -> YearMonth.from(row.occurredAt().atZone(ZoneOffset.UTC)))
                    .distinct()
                    .forEach(month -> partitions.ensureNear(month, clock));
            writer.insert(fresh, claimed, clock.instant());
            Instant newest = fresh.stream()
                    .map(EventRows.Row::occurredAt)
                    .max(Instant::compareTo)
                    .orElseThrow();
            publisher.publishEvent(new EventsIngested(fresh.size(), newest));
            List<UsageSignal> usage = fresh.stream()
                    .filter(row ->
                            usageTypes.contains(row.type()) && row.personRef() != null && row.productRef() != null)
                    .map(row -> new UsageSignal(
                            Objects.requireNonNull(row.personRef()),
                            Objects.requireNonNull(row.productRef()),
                            row.occurredAt(),
                            row.source()))
                    .toList();
            if (!usage.isEmpty()) {
                publisher.publishEvent(new UsageSignalled(usage));
            }
        }
        List<IngestOutcome> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            IngestOutcome decided = outcomes.get(i);
            Long id = decided == null ? claimed.get(items.get(i).resolvedRow().key()) : null;
            result.add(decided != null ? decided : id != null ? IngestOutcome.accepted(id) : IngestOutcome.duplicate());
        }
        metrics.record(events, result, payloadChecks);
        return result;
    }
}
