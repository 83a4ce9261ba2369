package io.portalops.contract.api;

import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.FlagSeverity;
import io.portalops.contract.IdempotencyKeyReusedException;
import io.portalops.contract.IdempotentActions;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.validation.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint for every state change of a contract, calling the same {@link ContractActions} as the UI. A payload that
 * cannot be acted on answers 422 here (not 400): the JSON is well-formed, its content is not.
 */
@RestController
@RequestMapping("/api/actions")
@Tag(
        name = "Contract actions",
        description = "Submit, approve, reject, revise, activate, terminate, flag, unflag and note contracts")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "The body is not JSON of the expected shape", content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class ActionsController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    enum ActionName {
        SUBMIT,
        APPROVE,
        REJECT,
        REVISE,
        ACTIVATE,
        TERMINATE,
        FLAG,
        UNFLAG,
        NOTE
    }

    record ActionRequest(
            @Schema(
                    description = "What to do",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {
                        "submit",
                        "approve",
                        "reject",
                        "revise",
                        "activate",
                        "terminate",
                        "flag",
                        "unflag",
                        "note"
                    })
            @Nullable
            String action,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Long contractId,

            @Nullable ActionPayload payload) {}

    record ActionPayload(
            @Schema(description = "approve: optional comment")
            @Size(max = ContractActions.MAX_COMMENT)
            @MultiLineText
            @Nullable
            String comment,

            @Schema(description = "reject, terminate, flag, unflag: required reason")
            @Size(max = ContractActions.MAX_REASON)
            @MultiLineText
            @Nullable
            String reason,

            @Schema(
                    description = "flag: required severity",
                    allowableValues = {"LOW", "MEDIUM", "HIGH"})
            @Nullable
            String severity,

            @Schema(description = "unflag: the flag to clear; omitted clears every open flag") @Nullable
            Long flagId,

            @Schema(description = "note: required text; @username mentions are recognised")
            @Size(max = ContractActions.MAX_NOTE)
            @MultiLineText
            @Nullable
            String text) {

        static final ActionPayload EMPTY = new ActionPayload(null, null, null, null, null);
    }

    /** Bad content of a well-formed request: field name to message. */
    static final class UnprocessableActionException extends RuntimeException {
        private final Map<String, String> errors;

        UnprocessableActionException(Map<String, String> errors) {
            super("The action cannot be carried out as requested.");
            this.errors = errors;
        }
    }

    private final ContractActions actions;
    private final IdempotentActions idempotent;

    ActionsController(ContractActions actions, IdempotentActions idempotent) {
        this.actions = actions;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(
            summary = "Act on a contract",
            description =
                    "Payload by action: approve {comment?}; reject, terminate {reason}; "
                            + "flag {severity, reason}; unflag {reason, flagId?}; note {text}; submit, revise, activate {}. "
                            + "With an Idempotency-Key, a repeat of the same request by the same account answers the first result again "
                            + "(header Idempotent-Replayed: true) without acting twice; the same key with a different request answers 422.")
    @ApiResponse(
            responseCode = "200",
            description = "The contract after the action",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ContractDetails.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Not allowed: role, four eyes or approval limit",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "No such contract in the caller's scope", content = @Content)
    @ApiResponse(
            responseCode = "409",
            description = "The contract's state does not allow this action, or it was already decided",
            content = @Content)
    @ApiResponse(
            responseCode = "422",
            description =
                    "Unknown action or bad payload (field errors in 'errors'), or an Idempotency-Key reused for a different request",
            content = @Content)
    ResponseEntity<?> act(
            @Parameter(description = "Optional; up to 255 visible ASCII characters, unique per request, e.g. a UUID")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String idempotencyKey,
            @RequestBody ActionRequest request) {
        ActionPayload payload = request.payload() == null ? ActionPayload.EMPTY : request.payload();
        ActionName action = parse(request, payload);
        long contractId = request.contractId();
        if (idempotencyKey == null) {
            return ResponseEntity.ok(run(action, contractId, payload));
        }
        ActionRequest canonical = new ActionRequest(action.name().toLowerCase(Locale.ROOT), contractId, payload);
        IdempotentActions.StoredAnswer answer =
                idempotent.once(idempotencyKey, canonical, () -> run(action, contractId, payload));
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED, Boolean.toString(answer.replayed()))
                .body(answer.body());
    }

    private ContractDetails run(ActionName action, long contractId, ActionPayload p) {
        return switch (action) {
            case SUBMIT -> actions.submit(contractId);
            case APPROVE -> actions.approve(contractId, p.comment());
            case REJECT -> actions.reject(contractId, p.reason());
            case REVISE -> actions.revise(contractId);
            case ACTIVATE -> actions.activate(contractId);
            case TERMINATE -> actions.terminate(contractId, p.reason());
            case FLAG ->
                actions.flag(
                        contractId, FlagSeverity.valueOf(p.severity().strip().toUpperCase(Locale.ROOT)), p.reason());
            case UNFLAG -> actions.unflag(contractId, p.flagId(), p.reason());
            case NOTE -> actions.note(contractId, p.text());
        };
    }

    /** Checks what only the API can get wrong (the action's name, the id, the severity's spelling); the services check the rest. */
    private static ActionName parse(ActionRequest request, ActionPayload payload) {
        Map<String, String> errors = new LinkedHashMap<>();
        String names = Arrays.stream(ActionName.values())
                .map(a -> a.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        ActionName action = null;
        if (request.action() == null || request.action().isBlank()) {
            errors.put("action", "is required: one of " + names + ".");
        } else {
            try {
                action = ActionName.valueOf(request.action().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("action", "Unknown action '" + request.action().strip() + "'. Use one of " + names + ".");
            }
        }
        if (request.contractId() == null) {
            errors.put("contractId", "is required.");
        }
        if (action == ActionName.FLAG) {
            String severity = payload.severity();
            boolean known = severity != null
                    && Arrays.stream(FlagSeverity.values())
                            .anyMatch(s -> s.name().equalsIgnoreCase(severity.strip()));
            if (!known) {
                errors.put("severity", "Choose LOW, MEDIUM or HIGH.");
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableActionException(errors);
        }
        return action;
    }

    @ExceptionHandler(UnprocessableActionException.class)
    ProblemDetail unprocessable(UnprocessableActionException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid action", e.getMessage(), e.errors);
    }

    /** The services' input checks (a missing reason, an empty note) answer 422 on this endpoint. */
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidPayload(InvalidInputException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid action", e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused", e.getMessage(), null);
    }

    private static ProblemDetail problem(
            HttpStatus status, String title, String detail, @Nullable Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
