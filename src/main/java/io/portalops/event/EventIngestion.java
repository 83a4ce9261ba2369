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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and stores events. A duplicate {@code (source, eventId)} is acknowledged and stored once, across
 * partitions and under concurrency: the insert into {@code event_dedup} decides, and a concurrent twin waits on its
 * unique key and then sees the conflict. Rejected events go to the dead-letter table with their reasons.
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

    EventIngestion(JdbcTemplate jdbc, EventTypes types, EventPartitions partitions, CustomerService customers,
            ContractService contracts, Clock clock, @Value("${portalops.events.max-payload-bytes:65536}") int maxPayloadBytes) {
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
        return IngestOutcome.accepted(id);
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
