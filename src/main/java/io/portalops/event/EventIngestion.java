package io.portalops.event;

import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractOwnership;
import io.portalops.customer.CustomerLookups;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
            EventMetrics metrics) {
        this.metrics = metrics;
        this.publisher = publisher;
        this.window = window;
        this.writer = writer;
        this.types = types;
        this.partitions = partitions;
        this.customers = customers;
        this.contracts = contracts;
        this.clock = clock;
        this.checks = new SubmissionChecks(window, partitions, clock, properties.maxPayloadBytes());
        this.deadLetters = new DeadLetterFiling(jdbc, clock, properties.maxPayloadBytes());
        this.usageTypes = Set.copyOf(properties.usageTypes());
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

    /** Why a batch of this size is refused whole, or null when its size is within the limit. */
    static @Nullable String batchSizeRefusal(int size) {
        return size < 1 || size > MAX_BATCH
                ? "A batch holds 1 to " + MAX_BATCH + " events; this one holds " + size + "."
                : null;
    }

    private List<IngestOutcome> store(List<EventSubmission> events, boolean fileDeadLetters) {
        return metrics.batch(events.size(), () -> storeObserved(events, fileDeadLetters));
    }

    private List<IngestOutcome> storeObserved(List<EventSubmission> events, boolean fileDeadLetters) {
        List<IngestItem> checked = events.stream().map(checks::check).toList();
        List<IngestItem> passed = checked.stream().filter(IngestItem::valid).toList();
        Map<String, Long> customerIds = customers.idsForProducer(
                passed.stream().map(i -> i.checkedEvent().customerRef()).collect(Collectors.toSet()));
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
        for (IngestItem item : items) {
            if (!item.valid()) {
                if (fileDeadLetters) {
                    deadLetters.file(item.event(), item.reasons());
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
