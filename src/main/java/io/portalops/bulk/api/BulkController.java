package io.portalops.bulk.api;

import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkRequestKeys;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bulk")
@Tag(
        name = "Bulk actions",
        description =
                "One action on many rows of a grid, chosen by ids or by the grid's filter, row by row through the "
                        + "single action's rules, each row in its own transaction; audited once with the ids (ADR 036).")
@SecurityRequirement(name = "bearer")
@ApiResponse(
        responseCode = "400",
        description = "Unknown grid or action, neither or both of ids and filter, a bad filter value, a missing or "
                + "unknown field",
        content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this action", content = @Content)
@ApiResponse(
        responseCode = "422",
        description =
                "The selection has more rows than the configured maximum (portalops.bulk.max-rows); nothing was done",
        content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class BulkController {

    static final int MAX_IDS = 100_000;

    record BulkRequest(
            @Schema(description = "The rows by id; ids the caller cannot see are refused per row as \"Not found.\"")
            @Size(max = MAX_IDS)
            @Nullable
            List<Long> ids,

            @Schema(
                    description = "Or the grid's filter, named as on the grid's list endpoint (e.g. status, flagged, "
                            + "text); resolved on the server in the caller's scope")
            @Nullable
            Map<String, String> filter,

            @Schema(description = "contracts flag, unflag: required reason") @Size(max = 4000) @MultiLineText @Nullable
            String reason,

            @Schema(description = "contracts flag: LOW, MEDIUM or HIGH") @Size(max = 100) @Nullable
            String severity,

            @Schema(description = "contracts note: the note") @Size(max = 4000) @MultiLineText @Nullable
            String note,

            @Schema(description = "contracts approve: optional comment") @Size(max = 4000) @MultiLineText @Nullable
            String comment,

            @Schema(description = "people set_department: the department") @Size(max = 100) @SingleLineText @Nullable
            String department,

            @Schema(description = "people set_status: PENDING_START, ACTIVE, LEAVING or LEFT")
            @Size(max = 100)
            @Nullable
            String status) {

        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            put(fields, "reason", reason);
            put(fields, "severity", severity);
            put(fields, "note", note);
            put(fields, "comment", comment);
            put(fields, "department", department);
            put(fields, "status", status);
            return fields;
        }

        /** What a repeat must match to be the same request: the filter and the fields in name order. */
        Fingerprint fingerprint(String grid, String action) {
            return new Fingerprint(
                    grid, action, ids, filter == null ? null : new TreeMap<>(filter), new TreeMap<>(fields()));
        }

        private static void put(Map<String, String> fields, String name, @Nullable String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }
    }

    record Fingerprint(
            String grid,
            String action,
            @Nullable List<Long> ids,
            @Nullable Map<String, String> filter,
            Map<String, String> fields) {}

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final BulkActions bulk;
    private final BulkRequestKeys keys;

    BulkController(BulkActions bulk, BulkRequestKeys keys) {
        this.bulk = bulk;
        this.keys = keys;
    }

    @PostMapping("/{grid}/{action}")
    @Operation(
            summary = "Run a bulk action",
            description = "grid and action: contracts flag {severity, reason}, unflag {reason}, note {note}, approve "
                    + "{comment?} (approves only when every selected contract may be approved by the caller; otherwise "
                    + "none is and each blocker is named); people set_department {department}, set_status {status}; "
                    + "payments mark_reviewed {}; tasks complete {note: the evidence}, skip {reason}; grants revoke "
                    + "{reason}. Give either ids or filter. Answers each row's outcome.")
    @ApiResponse(
            responseCode = "200",
            description = "Each row done or refused, with the reason",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulkResult.class)))
    @ApiResponse(
            responseCode = "409",
            description = "A request with the same Idempotency-Key is still running (or a crash cut it short); nothing "
                    + "was run again (ADR 045)",
            content = @Content)
    ResponseEntity<?> run(
            @PathVariable String grid,
            @PathVariable String action,
            @Parameter(
                            description = "Optional; up to 255 visible ASCII characters, e.g. a UUID. A repeat by the "
                                    + "same account with the same request answers the first run's result again "
                                    + "(header Idempotent-Replayed: true) without running it twice; with a different "
                                    + "request 422. Remembered 24 hours (portalops.bulk.idempotency.retention).")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody BulkRequest request) {
        BulkSelection selection = new BulkSelection(request.ids(), request.filter());
        if (idempotencyKey == null) {
            return ResponseEntity.ok(bulk.run(grid, action, selection, request.fields()));
        }
        BulkRequestKeys.Answer answer = keys.once(
                idempotencyKey,
                request.fingerprint(grid, action),
                () -> bulk.run(grid, action, selection, request.fields()));
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED, Boolean.toString(answer.replayed()))
                .body(answer.body());
    }
}
