package io.portalops.event;

import io.portalops.shared.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The checks of one submitted event before any lookup: its fields, its instant (inside the accepted window, with a
 * partition to hold it) and its payload as bounded JSON text that PostgreSQL can store.
 */
final class SubmissionChecks {

    private final EventTimeWindow window;
    private final EventPartitions partitions;
    private final Clock clock;
    private final int maxPayloadBytes;
    private final Set<String> usageTypes;

    SubmissionChecks(
            EventTimeWindow window,
            EventPartitions partitions,
            Clock clock,
            int maxPayloadBytes,
            Set<String> usageTypes) {
        this.window = window;
        this.partitions = partitions;
        this.clock = clock;
        this.maxPayloadBytes = maxPayloadBytes;
        this.usageTypes = Set.copyOf(usageTypes);
    }

    /** The first checks of an event: its fields, its instant and its payload as JSON text. */
    IngestItem check(@Nullable EventSubmission event) {
        List<String> reasons = new ArrayList<>();
        if (event == null) {
            reasons.add("item: null is not an event; send a JSON object.");
            return new IngestItem(null, null, null, reasons, null);
        }
        required(event.source(), "source", EventSubmission.MAX_SOURCE, reasons);
        required(event.eventId(), "eventId", EventSubmission.MAX_EVENT_ID, reasons);
        required(event.type(), "type", EventSubmission.MAX_TYPE, reasons);
        String customerRef = event.customerRef();
        if (customerRef != null && !customerRef.isBlank()) {
            text(customerRef, "customerRef", EventSubmission.MAX_REF, reasons);
        } else if (isCompanyUsage(event)) {
            // a company usage event (ADR 055): about a person and a product, with no customer to name
            if (event.contractNumber() != null && !event.contractNumber().isBlank()) {
                reasons.add("contractNumber: an event without a customerRef names no contract.");
            }
        } else {
            reasons.add("customerRef: required, except on a usage event ("
                    + String.join(", ", usageTypes.stream().sorted().toList())
                    + ") that names personRef and productRef.");
        }
        if (event.contractNumber() != null) {
            text(event.contractNumber(), "contractNumber", EventSubmission.MAX_REF, reasons);
        }
        if (event.personRef() != null) {
            text(event.personRef(), "personRef", EventSubmission.MAX_PERSON_REF, reasons);
        }
        if (event.productRef() != null) {
            text(event.productRef(), "productRef", EventSubmission.MAX_PRODUCT_REF, reasons);
        }
        if (blank(event.personRef()) != blank(event.productRef())) {
            reasons.add("personRef, productRef: give both (who used which product) or neither.");
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
                reasons.add("occurredAt: '" + event.occurredAt()
                        + "' is not ISO-8601 with an offset, e.g. 2026-11-22T10:15:30+01:00.");
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
        return new IngestItem(event, occurredAt, payload, reasons, null);
    }

    /**
     * PostgreSQL's jsonb refuses U+0000 and unpaired surrogates in any string or key, so such a payload is rejected
     * rather than failing the batch; other control characters are refused with them, as everywhere in the API.
     */
    private static @Nullable String textProblem(JsonNode node) {
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

    /** A usage type naming both who and what: the only kind of event that may come without a customer. */
    private boolean isCompanyUsage(EventSubmission event) {
        return event.type() != null
                && usageTypes.contains(event.type())
                && !blank(event.personRef())
                && !blank(event.productRef());
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
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
}
