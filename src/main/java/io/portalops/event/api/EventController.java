package io.portalops.event.api;

import io.portalops.event.EventCursor;
import io.portalops.event.EventFilter;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import io.portalops.event.EventPage;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.validation.StorableDateValidator;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "The event log: events reported by outside systems, newest first")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class EventController {

    private final EventLog log;
    private final EventTypes types;

    EventController(EventLog log, EventTypes types) {
        this.log = log;
        this.types = types;
    }

    /** A page of events; pass {@code nextCursor} as {@code after} for the next one; null on the last page. */
    record EventLogPage(List<EventListItem> items, @Nullable String nextCursor) {
        static EventLogPage of(EventPage page) {
            return new EventLogPage(
                    page.items(), page.next() == null ? null : page.next().encode());
        }
    }

    @GetMapping
    @Operation(
            summary = "Read the event log, newest first",
            description = "Filters combine with AND. Ordered by occurredAt desc, then id desc, and paged by cursor: "
                    + "rows that arrive while you page never repeat or shift a page. Without customerId, contractId, "
                    + "contractNumber or from, only the last 30 days are read (from defaults to now minus 30 days), so that the "
                    + "monthly partitions are pruned; give from to read further back. Account managers see only "
                    + "events of the customers they own. A company usage event has no customer: customerId and "
                    + "customerName are null, personRef and productRef say who used which product; only ADMIN and "
                    + "ANALYST read such events. The total is never counted.")
    EventLogPage search(
            @RequestParam(required = false) @Nullable Long customerId,
            @RequestParam(required = false) @Nullable Long contractId,
            @Parameter(description = "A contract's number, e.g. CT-2025-000123 (any case), as producers send it")
                    @RequestParam(required = false)
                    @Nullable
                    String contractNumber,
            @Parameter(description = "Event type name, e.g. payment.missed") @RequestParam(required = false) @Nullable
                    String type,
            @Parameter(description = "The producing system, exactly as sent") @RequestParam(required = false) @Nullable
                    String source,
            @Parameter(
                            description =
                                    "Inclusive start of occurredAt, ISO-8601, e.g. 2026-11-22T10:00:00Z; default 30 days ago "
                                            + "unless a customer or a contract is given")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "Exclusive end of occurredAt, ISO-8601") @RequestParam(required = false) @Nullable
                    String to,
            @Parameter(description = "LOW, MEDIUM or HIGH: the event's payload severity, else its type's")
                    @RequestParam(required = false)
                    io.portalops.event.@Nullable EventSeverity severity,
            @Parameter(description = "nextCursor of the previous page, as it was")
                    @RequestParam(required = false)
                    @Nullable
                    String after,
            @Parameter(description = "Page size, 1 to 500") @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > EventLog.MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + EventLog.MAX_PAGE + ".");
        }
        EventCursor cursor = after == null || after.isBlank() ? null : EventCursor.decode(after, "after");
        EventFilter filter = new EventFilter(
                customerId,
                contractId,
                type,
                source,
                instant(from, "from"),
                instant(to, "to"),
                severity,
                contractNumber);
        return EventLogPage.of(log.search(filter, cursor, limit));
    }

    @GetMapping("/types")
    @Operation(
            summary = "Event types with their JSON Schemas",
            description = "Any authenticated caller, producers included.")
    List<EventTypeInfo> types() {
        return types.list();
    }

    private static @Nullable Instant instant(@Nullable String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
            if (!StorableDateValidator.inRange(instant)) {
                throw new InvalidInputException(parameter, "Use a date in the years 1900 to 2200.");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    parameter, "Use ISO-8601 with an offset, e.g. 2026-11-22T10:15:30Z or 2026-11-22T10:15:30+01:00.");
        }
    }
}
