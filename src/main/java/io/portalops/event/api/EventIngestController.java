package io.portalops.event.api;

import io.portalops.event.BatchSizeException;
import io.portalops.event.EventIngestion;
import io.portalops.event.EventSubmission;
import io.portalops.event.IngestOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event ingestion for producers (API clients with the {@code events:write} scope, key in {@code X-API-Key}).
 * Human tokens hold no scope and are refused. A 2xx answer is sent only after the event is committed.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Event ingestion", description = "Producers post events; send the API key in the X-API-Key header")
@SecurityRequirement(name = "apiKey")
class EventIngestController {

    private final EventIngestion ingestion;

    EventIngestController(EventIngestion ingestion) {
        this.ingestion = ingestion;
    }

    record Accepted(String status, @Nullable Long id) {}

    record ItemResult(int index, String status, @Nullable Long id, List<String> reasons) {}

    record BatchResult(int accepted, int duplicates, int rejected, List<ItemResult> items) {}

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Operation(
            summary = "Post one event",
            description = "201 stored, 200 duplicate (stored once already), 422 rejected with reasons. customerRef is "
                    + "required, except on a usage event (login, usage.reported) that names personRef and productRef: "
                    + "without a customer it is the company's own usage (ADR 055), read only by ADMIN and ANALYST.")
    @ApiResponse(
            responseCode = "422",
            description = "Rejected; reasons in 'reasons'; the event is kept in the dead-letter table",
            content = @Content)
    ResponseEntity<?> post(@RequestBody EventSubmission event) {
        IngestOutcome outcome = ingestion.ingest(event);
        return switch (outcome.status()) {
            case ACCEPTED -> ResponseEntity.status(HttpStatus.CREATED).body(new Accepted("accepted", outcome.id()));
            case DUPLICATE -> ResponseEntity.ok(new Accepted("duplicate", null));
            case REJECTED -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", outcome.reasons()));
                problem.setTitle("Event rejected");
                problem.setProperty("reasons", outcome.reasons());
                yield ResponseEntity.unprocessableContent().body(problem);
            }
        };
    }

    @PostMapping("/batch")
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Operation(
            summary = "Post up to 1,000 events",
            description = "Each item is stored, recognised as a duplicate or rejected on its "
                    + "own; valid items are stored even when others fail.")
    ResponseEntity<?> batch(@RequestBody List<EventSubmission> events) {
        List<ItemResult> items = new ArrayList<>(events.size());
        int accepted = 0;
        int duplicates = 0;
        List<IngestOutcome> outcomes = ingestion.ingestBatch(events); // refuses a batch of the wrong size whole
        for (int i = 0; i < events.size(); i++) {
            IngestOutcome outcome = outcomes.get(i);
            items.add(new ItemResult(
                    i, outcome.status().name().toLowerCase(Locale.ROOT), outcome.id(), outcome.reasons()));
            if (outcome.status() == IngestOutcome.Status.ACCEPTED) {
                accepted++;
            } else if (outcome.status() == IngestOutcome.Status.DUPLICATE) {
                duplicates++;
            }
        }
        return ResponseEntity.ok(new BatchResult(accepted, duplicates, events.size() - accepted - duplicates, items));
    }

    /** The service refuses a batch of the wrong size whole; the answer names the limit. */
    @ExceptionHandler(BatchSizeException.class)
    ResponseEntity<ProblemDetail> batchSize(BatchSizeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Batch size");
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
