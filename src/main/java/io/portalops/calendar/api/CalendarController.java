package io.portalops.calendar.api;

import io.portalops.calendar.CalendarQuery;
import io.portalops.calendar.CalendarResult;
import io.portalops.calendar.CalendarService;
import io.portalops.calendar.DeadlineType;
import io.portalops.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendar")
@Tag(
        name = "Calendar",
        description = "The renewal and notice calendar: contract end and notice deadlines, SaaS renewals, cancellation "
                + "deadlines and card expiries, each in the caller's scope as its own list shows it (docs/calendar.md)")
@SecurityRequirement(name = "bearer")
@ApiResponse(
        responseCode = "400",
        description = "A missing or malformed date, to before from, a range over 400 days, or an unknown type",
        content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "An API client's key, not a user's token", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class CalendarController {

    private final CalendarService calendar;

    CalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(
            operationId = "getCalendar",
            summary = "Deadlines in a date range",
            description = "Items ordered by day; truncated is true when the range held more than 2000 (narrow it). "
                    + "action names what the caller can still do (GIVE_NOTICE, RENEW, DECIDE, REPLACE_CARD), "
                    + "link the UI route that opens the item.")
    CalendarResult get(
            @Parameter(description = "First day, ISO date e.g. 2027-01-01", required = true)
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Last day (inclusive), at most 400 days after from", required = true)
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(
                            description = "Comma-separated types: contract-end, contract-notice, renewal, "
                                    + "renewal-notice, card-expiry, review-due; all when absent")
                    @RequestParam(required = false)
                    @Nullable
                    String types) {
        return calendar.deadlines(new CalendarQuery(from, to, parseTypes(types), null, null));
    }

    private static Set<DeadlineType> parseTypes(@Nullable String types) {
        Set<DeadlineType> parsed = EnumSet.noneOf(DeadlineType.class);
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String name : types.split(",", 20)) {
            parsed.add(DeadlineType.fromApiName(name)
                    .orElseThrow(() -> new InvalidInputException(
                            "types",
                            "Unknown type; use contract-end, contract-notice, renewal, renewal-notice, "
                                    + "card-expiry or review-due.")));
        }
        return parsed;
    }
}
