package io.portalops.contract.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.portalops.audit.EntityChange;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractSortField;
import io.portalops.contract.ContractStatus;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.validation.StorableDate;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
@Tag(
        name = "Contracts",
        description = "Contracts in the caller's scope: reading, and creating and editing drafts. "
                + "State changes go through POST /api/actions.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class ContractController {

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    /** A page of contracts; {@code hasNext} says whether another page follows (the total is never counted). */
    record ContractPage(List<ContractListItem> items, int page, int size, boolean hasNext) {
        static ContractPage of(SliceResult<ContractListItem> slice, int page) {
            return new ContractPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    /** A contract with its drill-down (approvals, comments, flags, available actions) and its change history. */
    record ContractView(
            @JsonUnwrapped ContractDetails contract,

            @Schema(description = "Who changed which field from what to what, newest first")
            List<EntityChange> history) {}

    @GetMapping
    @Operation(
            summary = "Search contracts",
            description = "Filters combine with AND. Scope: administrators and analysts see all "
                    + "contracts, account managers those of their customers, approvers those pending plus those they decided. "
                    + "sort is a field name with an optional ',asc' or ',desc', e.g. endDate,asc.")
    ContractPage search(
            @RequestParam(required = false) @Nullable ContractStatus status,
            @RequestParam(required = false) @Nullable Long customerId,
            @RequestParam(required = false) @Nullable Long ownerId,
            @Parameter(
                            description =
                                    "Smallest value, in the base currency: other currencies are converted at the configured rates")
                    @RequestParam(required = false)
                    @Nullable
                    BigDecimal minValue,
            @Parameter(
                            description =
                                    "Largest value, in the base currency: other currencies are converted at the configured rates")
                    @RequestParam(required = false)
                    @Nullable
                    BigDecimal maxValue,
            @Parameter(description = "End date on or after, ISO date e.g. 2026-01-31")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @StorableDate
                    @Nullable
                    LocalDate endFrom,
            @Parameter(description = "End date on or before, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @StorableDate
                    @Nullable
                    LocalDate endTo,
            @Parameter(description = "Start date on or after, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @StorableDate
                    @Nullable
                    LocalDate startFrom,
            @Parameter(description = "Start date on or before, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @StorableDate
                    @Nullable
                    LocalDate startTo,
            @Parameter(description = "true: only flagged contracts; false: only unflagged")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean flagged,
            @Parameter(description = "The contract number exactly, or 3 or more characters contained in the title")
                    @RequestParam(required = false)
                    @Nullable
                    String text,
            @Parameter(description = "Only contracts pending that the caller may decide now")
                    @RequestParam(defaultValue = "false")
                    boolean awaitingMe,
            @Parameter(description = "true: only contracts that renew by themselves; false: only those that expire")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean autoRenew,
            @Parameter(
                            description =
                                    "number, title, value, startDate, endDate, status or updatedAt, with ,asc or ,desc")
                    @RequestParam(defaultValue = "updatedAt,desc")
                    String sort,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(ContractService.MAX_PAGE);
        if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
            throw new InvalidInputException("maxValue", "maxValue must not be below minValue.");
        }
        if (endFrom != null && endTo != null && endTo.isBefore(endFrom)) {
            throw new InvalidInputException("endTo", "endTo must not be before endFrom.");
        }
        if (startFrom != null && startTo != null && startTo.isBefore(startFrom)) {
            throw new InvalidInputException("startTo", "startTo must not be before startFrom.");
        }
        ContractFilter filter = new ContractFilter(
                status,
                customerId,
                ownerId,
                minValue,
                maxValue,
                endFrom,
                endTo,
                flagged,
                text,
                awaitingMe,
                startFrom,
                startTo,
                autoRenew);
        return ContractPage.of(
                contracts.search(
                        filter, List.of(SortOrder.parse(sort, ContractSortField.class)), offset, paging.size()),
                paging.page());
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "One contract with approvals, comments, flags and history; 404 when it does not exist or is outside "
                            + "the caller's scope")
    @ApiResponse(responseCode = "200", description = "The contract")
    @ApiResponse(responseCode = "404", description = "No such contract in the caller's scope", content = @Content)
    ContractView get(@PathVariable long id) {
        return new ContractView(contracts.get(id), contracts.history(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a draft contract",
            description = "The contract belongs to the customer's account manager. "
                    + "Submit it for approval with POST /api/actions.")
    @ApiResponse(responseCode = "404", description = "No such customer in the caller's scope", content = @Content)
    ContractDetails create(@RequestBody ContractForm form) {
        return contracts.create(form);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a draft contract",
            description = "Only drafts can be edited (400 otherwise). version must be the "
                    + "one read; a missing or stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The updated contract")
    @ApiResponse(responseCode = "404", description = "No such contract in the caller's scope", content = @Content)
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the contract since this version was read",
            content = @Content)
    ContractDetails update(@PathVariable long id, @RequestBody ContractForm form) {
        return contracts.update(id, form);
    }
}
