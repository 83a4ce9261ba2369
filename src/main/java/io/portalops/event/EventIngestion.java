package io.portalops.event;

import io.portalops.contract.ContractService;
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
import java.util.List;
import java.util.Optional;
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

    private final JdbcTemplate jdbc;
    private final EventTypes types;
    private final EventPartitions partitions;
    private final CustomerService customers;
    private final ContractService contracts;
    private final Clock clock;
    private final int maxPayloadBytes;
    private final ApplicationEventPublisher publisher;

    EventIngestion(JdbcTemplate jdbc, EventTypes types, EventPartitions partitions, CustomerService customers,
            ContractService contracts, Clock clock, @Value("${portalops.events.max-payload-bytes:65536}") int maxPayloadBytes,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.jdbc = jdbc;
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
        List<String> reasons = new ArrayList<>();
        Instant occurredAt = check(event, reasons);
        Long customerId = null;
        Long contractId = null;
        if (reasons.isEmpty()) {
            Optional<Long> customer = customers.idForProducer(event.customerRef());
            if (customer.isEmpty()) {
                reasons.add("customerRef: no customer has the external reference '" + event.customerRef() + "'.");
            } else {
                customerId = customer.get();
                if (event.contractNumber() != null && !event.contractNumber().isBlank()) {
                    Optional<Long> contract = contracts.idForProducer(event.contractNumber(), customerId);
                    if (contract.isEmpty()) {
                        reasons.add("contractNumber: no contract " + event.contractNumber() + " belongs to this customer.");
                    } else {
                        contractId = contract.get();
                    }
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.addAll(types.violations(event.type(), event.payload()));
        }
        if (!reasons.isEmpty()) {
            if (fileDeadLetter) {
                deadLetter(event, reasons);
            }
            return IngestOutcome.rejected(reasons);
        }
        int claimed = jdbc.update("insert into event_dedup (source, event_id, occurred_at) values (?, ?, ?) on conflict do nothing",
                event.source(), event.eventId(), Timestamp.from(occurredAt));
        if (claimed == 0) {
            return IngestOutcome.duplicate();
        }
        partitions.ensure(YearMonth.from(occurredAt.atZone(ZoneOffset.UTC)));
        Long id = jdbc.queryForObject("insert into events (occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id", Long.class, Timestamp.from(occurredAt),
                Timestamp.from(clock.instant()), event.source(), event.eventId(), event.type(), customerId, contractId,
                event.payload().toString());
        publisher.publishEvent(new EventsIngested(1, occurredAt));
        return IngestOutcome.accepted(id);
    }

    /**
     * Stores a batch in one transaction with batched statements: each item is still accepted, a duplicate (also of an
     * earlier item in the same batch) or rejected on its own, and rejected items never stop valid ones.
     */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional
    public List<IngestOutcome> ingestBatch(List<EventSubmission> events) {
        int n = events.size();
        IngestOutcome[] outcomes = new IngestOutcome[n];
        Instant[] occurred = new Instant[n];
        List<List<String>> reasons = new ArrayList<>(n);
        java.util.Set<String> refs = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            List<String> itemReasons = new ArrayList<>();
            occurred[i] = check(events.get(i), itemReasons);
            reasons.add(itemReasons);
            if (itemReasons.isEmpty()) {
                refs.add(events.get(i).customerRef());
            }
        }
        java.util.Map<String, Long> customerIds = customers.idsForProducer(refs);
        Long[] customerOf = new Long[n];
        Long[] contractOf = new Long[n];
        for (int i = 0; i < n; i++) {
            EventSubmission event = events.get(i);
            List<String> itemReasons = reasons.get(i);
            if (!itemReasons.isEmpty()) {
                continue;
            }
            customerOf[i] = customerIds.get(event.customerRef());
            if (customerOf[i] == null) {
                itemReasons.add("customerRef: no customer has the external reference '" + event.customerRef() + "'.");
                continue;
            }
            if (event.contractNumber() != null && !event.contractNumber().isBlank()) {
                contractOf[i] = contracts.idForProducer(event.contractNumber(), customerOf[i]).orElse(null);
                if (contractOf[i] == null) {
                    itemReasons.add("contractNumber: no contract " + event.contractNumber() + " belongs to this customer.");
                    continue;
                }
            }
            itemReasons.addAll(types.violations(event.type(), event.payload()));
        }
        List<Integer> valid = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!reasons.get(i).isEmpty()) {
                deadLetter(events.get(i), reasons.get(i));
                outcomes[i] = IngestOutcome.rejected(reasons.get(i));
            } else if (!seen.add(events.get(i).source() + "\u0000" + events.get(i).eventId())) {
                outcomes[i] = IngestOutcome.duplicate();
            } else {
                valid.add(i);
            }
        }
        if (!valid.isEmpty()) {
            int[] claimed = jdbc.batchUpdate("insert into event_dedup (source, event_id, occurred_at) values (?, ?, ?) on conflict do nothing",
                    valid.stream().map(i -> new Object[] {events.get(i).source(), events.get(i).eventId(), Timestamp.from(occurred[i])}).toList());
            List<Integer> fresh = new ArrayList<>();
            for (int k = 0; k < valid.size(); k++) {
                if (claimed[k] == 0) {
                    outcomes[valid.get(k)] = IngestOutcome.duplicate();
                } else {
                    fresh.add(valid.get(k));
                }
            }
            if (!fresh.isEmpty()) {
                fresh.stream().map(i -> YearMonth.from(occurred[i].atZone(ZoneOffset.UTC))).distinct().forEach(partitions::ensure);
                List<Long> ids = jdbc.queryForList("select nextval('event_id_seq') from generate_series(1, ?)", Long.class, fresh.size());
                Timestamp received = Timestamp.from(clock.instant());
                List<Object[]> rows = new ArrayList<>(fresh.size());
                for (int k = 0; k < fresh.size(); k++) {
                    int i = fresh.get(k);
                    EventSubmission e = events.get(i);
                    rows.add(new Object[] {ids.get(k), Timestamp.from(occurred[i]), received, e.source(), e.eventId(), e.type(),
                            customerOf[i], contractOf[i], e.payload().toString()});
                    outcomes[i] = IngestOutcome.accepted(ids.get(k));
                }
                jdbc.batchUpdate("insert into events (id, occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", rows);
                Instant newest = fresh.stream().map(i -> occurred[i]).max(Instant::compareTo).orElseThrow();
                publisher.publishEvent(new EventsIngested(fresh.size(), newest));
            }
        }
        return List.of(outcomes);
    }

    private Instant check(EventSubmission event, List<String> reasons) {
        required(event.source(), "source", 100, reasons);
        required(event.eventId(), "eventId", 200, reasons);
        required(event.type(), "type", 100, reasons);
        required(event.customerRef(), "customerRef", 64, reasons);
        Instant occurredAt = null;
        if (event.occurredAt() == null || event.occurredAt().isBlank()) {
            reasons.add("occurredAt: required, ISO-8601 with an offset, e.g. 2026-11-22T10:15:30+01:00.");
        } else {
            try {
                occurredAt = OffsetDateTime.parse(event.occurredAt()).toInstant();
                if (occurredAt.isAfter(clock.instant().plusSeconds(24 * 3600))) {
                    reasons.add("occurredAt: more than a day in the future.");
                }
            } catch (DateTimeParseException e) {
                reasons.add("occurredAt: '" + event.occurredAt() + "' is not ISO-8601 with an offset, e.g. 2026-11-22T10:15:30+01:00.");
            }
        }
        if (event.payload() == null || !event.payload().isObject()) {
            reasons.add("payload: required, a JSON object.");
        } else if (event.payload().toString().getBytes(StandardCharsets.UTF_8).length > maxPayloadBytes) {
            reasons.add("payload: larger than the limit of " + maxPayloadBytes + " bytes.");
        }
        return occurredAt;
    }

    private static void required(String value, String field, int max, List<String> reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(field + ": required.");
        } else if (value.length() > max) {
            reasons.add(field + ": at most " + max + " characters.");
        }
    }

    private void deadLetter(EventSubmission event, List<String> reasons) {
        String body = EventTypes.JSON.writeValueAsString(event);
        jdbc.update("insert into event_dead_letter (received_at, source, event_id, type, reason, body) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), truncate(event.source(), 100), truncate(event.eventId(), 200),
                truncate(event.type(), 100), truncate(String.join(" ", reasons), 2000), body);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
