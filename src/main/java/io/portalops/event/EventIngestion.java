package io.portalops.event;

import org.jspecify.annotations.Nullable;
import io.portalops.shared.text.PlainText;
import io.portalops.contract.ContractOwnership;
import io.portalops.contract.ContractLookups;
import io.portalops.customer.CustomerService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
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

    private final JdbcTemplate jdbc;
    private final EventRows writer;
    private final EventTypes types;
    private final EventPartitions partitions;
    private final CustomerService customers;
    private final ContractLookups contracts;
    private final Clock clock;
    private final int maxPayloadBytes;
    private final ApplicationEventPublisher publisher;
    private final EventTimeWindow window;
    private final EventMetrics metrics;

    EventIngestion(JdbcTemplate jdbc, EventRows writer, EventTypes types, EventPartitions partitions, CustomerService customers,
            ContractLookups contracts, Clock clock, @Value("${portalops.events.max-payload-bytes:65536}") int maxPayloadBytes,
            ApplicationEventPublisher publisher, EventTimeWindow window, EventMetrics metrics) {
        this.metrics = metrics;
        this.publisher = publisher;
        this.window = window;
        this.jdbc = jdbc;
        this.writer = writer;
        this.types = types;
        this.partitions = partitions;
        this.customers = customers;
        this.contracts = contracts;
        this.clock = clock;
        this.maxPayloadBytes = maxPayloadBytes;
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
        return size < 1 || size > MAX_BATCH ? "A batch holds 1 to " + MAX_BATCH + " events; this one holds " + size + "." : null;
    }

    private List<IngestOutcome> store(List<EventSubmission> events, boolean fileDeadLetters) {
        return metrics.batch(events.size(), () -> storeObserved(events, fileDeadLetters));
    }

    private List<IngestOutcome> storeObserved(List<EventSubmission> events, boolean fileDeadLetters) {
        List<Item> checked = events.stream().map(this::check).toList();
        List<Item> passed = checked.stream().filter(Item::valid).toList();
        Map<String, Long> customerIds = customers.idsForProducer(
                passed.stream().map(i -> i.event().customerRef()).collect(Collectors.toSet()));
        Map<String, ContractOwnership> contractIds = contracts.idsForProducer(
                passed.stream().map(Item::event).filter(EventIngestion::hasContract).map(EventSubmission::contractNumber)
                        .collect(Collectors.toSet()));
        // also a rejected item's type, so that its metric tag can name a registered type
        EventTypes.PayloadChecks payloadChecks = types.checks(checked.stream().map(Item::event)
                .filter(e -> e != null && e.type() != null && e.type().length() <= 100).map(EventSubmission::type)
                .collect(Collectors.toSet()));
        List<Item> items = checked.stream().map(i -> i.valid() ? resolve(i, customerIds, contractIds, payloadChecks) : i).toList();

        // rejected items and in-batch twins are decided here; the rest (null for now) by the claim in event_dedup
        List<@Nullable IngestOutcome> outcomes = new ArrayList<>(items.size());
        List<Item> toClaim = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!item.valid()) {
                if (fileDeadLetters) {
                    deadLetter(item.event(), item.reasons());
                }
                outcomes.add(IngestOutcome.rejected(item.reasons()));
            } else if (!seen.add(item.row().key())) {
                outcomes.add(IngestOutcome.duplicate());
            } else {
                toClaim.add(item);
                outcomes.add(null);
            }
        }
        Map<String, Long> claimed = toClaim.isEmpty() ? Map.of() : writer.claim(toClaim.stream().map(Item::row).toList());
        List<EventRows.Row> fresh = toClaim.stream().map(Item::row).filter(row -> claimed.containsKey(row.key())).toList();
        if (!fresh.isEmpty()) {
            fresh.stream().map(row -> YearMonth.from(row.occurredAt().atZone(ZoneOffset.UTC))).distinct()
                    .forEach(month -> partitions.ensureNear(month, clock));
            writer.insert(fresh, claimed, clock.instant());
            Instant newest = fresh.stream().map(EventRows.Row::occurredAt).max(Instant::compareTo).orElseThrow();
            publisher.publishEvent(new EventsIngested(fresh.size(), newest));
        }
        List<IngestOutcome> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            IngestOutcome decided = outcomes.get(i);
            Long id = decided == null ? claimed.get(items.get(i).row().key()) : null;
            result.add(decided != null ? decided : id != null ? IngestOutcome.accepted(id) : IngestOutcome.duplicate());
        }
        metrics.record(events, result, payloadChecks);
        return result;
    }

    /**
     * One submitted item on its way through the checks: what the first checks found, and once its customer, contract and
     * payload resolve, the row to store. Any reason rejects it.
     */
    private record Item(@Nullable EventSubmission event, @Nullable Instant occurredAt, @Nullable String payload, List<String> reasons,
            EventRows.@Nullable Row row) {

        boolean valid() {
            return reasons.isEmpty();
        }
    }

    /** Resolves a checked item to its row, or adds why it cannot be stored. */
    private static Item resolve(Item item, Map<String, Long> customerIds, Map<String, ContractOwnership> contractIds,
            EventTypes.PayloadChecks payloadChecks) {
        EventSubmission event = item.event();
        Long customerId = customerIds.get(event.customerRef());
        if (customerId == null) {
            item.reasons().add("customerRef: no customer has the external reference '" + event.customerRef() + "'.");
            return item;
        }
        Long contractId = null;
        if (hasContract(event)) {
            ContractOwnership contract = contractIds.get(event.contractNumber());
            if (contract == null || contract.customerId() != customerId) {
                item.reasons().add("contractNumber: no contract " + event.contractNumber() + " belongs to this customer.");
                return item;
            }
            contractId = contract.contractId();
        }
        item.reasons().addAll(payloadChecks.violations(event.type(), event.payload()));
        return new Item(event, item.occurredAt(), item.payload(), item.reasons(), new EventRows.Row(item.occurredAt(),
                event.source(), event.eventId(), event.type(), customerId, contractId, item.payload()));
    }

    private static boolean hasContract(EventSubmission event) {
        return event.contractNumber() != null && !event.contractNumber().isBlank();
    }

    /** The first checks of an event: its fields, its instant and its payload as JSON text. */
    private Item check(@Nullable EventSubmission event) {
        List<String> reasons = new ArrayList<>();
        if (event == null) {
            reasons.add("item: null is not an event; send a JSON object.");
            return new Item(null, null, null, reasons, null);
        }
        required(event.source(), "source", EventSubmission.MAX_SOURCE, reasons);
        required(event.eventId(), "eventId", EventSubmission.MAX_EVENT_ID, reasons);
        required(event.type(), "type", EventSubmission.MAX_TYPE, reasons);
        required(event.customerRef(), "customerRef", EventSubmission.MAX_REF, reasons);
        if (event.contractNumber() != null) {
            text(event.contractNumber(), "contractNumber", EventSubmission.MAX_REF, reasons);
        }
        Instant occurredAt = null;
        if (event.occurredAt() != null && PlainText.problem(event.occurredAt()) != null) {
            reasons.add("occurredAt: " + PlainText.problem(event.occurredAt()));
        } else if (event.occurredAt() == null || event.occurredAt().isBlank()) {
            reasons.add("occurredAt: required, ISO-8601 with an offset, e.g. 2026-11-22T10:15:30+01:00.");
        } else {
            try {
                occurredAt = OffsetDateTime.parse(event.occurredAt()).toInstant();
                String outside = window.violation(occurredAt, clock.instant());
                if (outside != null) {
                    reasons.add(outside);
                } else {
                    String noPartition = partitions.refusal(YearMonth.from(occurredAt.atZone(ZoneOffset.UTC)), clock);
                    if (noPartition != null) {
                        reasons.add(noPartition);
                    }
                }
            } catch (DateTimeParseException e) {
                reasons.add("occurredAt: '" + event.occurredAt() + "' is not ISO-8601 with an offset, e.g. 2026-11-22T10:15:30+01:00.");
            }
        }
        String payload = null;
        if (event.payload() == null || !event.payload().isObject()) {
            reasons.add("payload: required, a JSON object.");
        } else {
            payload = event.payload().toString();
            if (payload.getBytes(StandardCharsets.UTF_8).length > maxPayloadBytes) {
                reasons.add("payload: larger than the limit of " + maxPayloadBytes + " bytes.");
            } else {
                String problem = textProblem(event.payload());
                if (problem != null) {
                    reasons.add("payload: a key or string " + problem);
                }
            }
        }
        return new Item(event, occurredAt, payload, reasons, null);
    }

    /**
     * PostgreSQL's jsonb refuses U+0000 and unpaired surrogates in any string or key, so such a payload is rejected
     * rather than failing the batch; other control characters are refused with them, as everywhere in the API.
     */
    private static @Nullable String textProblem(tools.jackson.databind.JsonNode node) {
        if (node.isString()) {
            return PlainText.problem(node.asString());
        }
        for (var entry : node.properties()) {
            String problem = PlainText.problem(entry.getKey());
            if (problem == null) {
                problem = textProblem(entry.getValue());
            }
            if (problem != null) {
                return problem;
            }
        }
        if (node.isArray()) {
            for (var element : node.values()) {
                String problem = textProblem(element);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static void required(@Nullable String value, String field, int max, List<String> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(field + ": required.");
        } else {
            text(value, field, max, reasons);
        }
    }

    /**
     * Text that would be stored or looked up: a bounded length, one line (every such field is an id or a name), and
     * nothing PostgreSQL refuses or silently alters.
     */
    private static void text(String value, String field, int max, List<String> reasons) {
        String problem = PlainText.singleLineProblem(value);
        if (value.length() > max) {
            reasons.add(field + ": at most " + max + " characters.");
        } else if (problem != null) {
            reasons.add(field + ": " + problem);
        }
    }

    /** The longest prefix of {@code text} whose UTF-8 form fits {@code maxBytes}, never splitting a character. */
    static String cutToBytes(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.IGNORE)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, maxBytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Files what was refused as it came, with what PostgreSQL cannot store replaced by U+FFFD, and at most the payload
     * limit of it: a producer cannot grow the table by more than that per rejected event. A cut body is marked and
     * cannot be replayed.
     */
    private void deadLetter(@Nullable EventSubmission event, List<String> reasons) {
        // Jackson escapes control characters; an unpaired surrogate would still be written raw, hence sanitized.
        String body = PlainText.sanitized(EventTypes.JSON.writeValueAsString(event));
        String kept = cutToBytes(body, maxPayloadBytes);
        jdbc.update("insert into event_dead_letter (received_at, source, event_id, type, reason, body, body_truncated) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), stored(event == null ? null : event.source(), 100),
                stored(event == null ? null : event.eventId(), 200), stored(event == null ? null : event.type(), 100),
                stored(String.join(" ", reasons), 2000), kept, kept.length() < body.length());
    }

    private static @Nullable String stored(@Nullable String value, int max) {
        return truncate(PlainText.sanitized(value), max);
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
