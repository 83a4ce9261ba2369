package io.portalops.directory.api;

import io.portalops.audit.EntityChange;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.GrantFilter;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.GrantUpdate;
import io.portalops.directory.PersonService;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/access-grants")
@Tag(
        name = "Access grants",
        description = "Who has access to which product. ADMIN: all; SERVICE_ADMIN: the products of their "
                + "services; PRODUCT_ADMIN: their products. A grant of any other product answers 404. An active grant holds a seat of a "
                + "per-seat product; a full product answers 409.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(
        responseCode = "404",
        description = "No such grant, person or product in the caller's scope",
        content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class AccessGrantController {

    private final AccessGrantService grants;

    AccessGrantController(AccessGrantService grants) {
        this.grants = grants;
    }

    /** A page of grants, newest first; {@code hasNext} says whether another page follows. */
    record GrantPage(List<GrantListItem> items, int page, int size, boolean hasNext) {
        static GrantPage of(SliceResult<GrantListItem> slice, int page) {
            return new GrantPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    @GetMapping
    @Operation(
            operationId = "searchAccessGrants",
            summary = "Search grants in the caller's scope",
            description = "Filters combine with AND; newest first.")
    @ApiResponse(responseCode = "200", description = "A page of grants")
    GrantPage search(
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(required = false) @Nullable Long productId,
            @RequestParam(required = false) @Nullable GrantStatus status,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(PersonService.MAX_PAGE);
        return GrantPage.of(
                grants.search(new GrantFilter(personId, productId, status), offset, paging.size()), paging.page());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAccessGrant", summary = "One grant")
    @ApiResponse(responseCode = "200", description = "The grant")
    GrantListItem get(@PathVariable long id) {
        return grants.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createAccessGrant",
            summary = "Grant access",
            description = "status ACTIVE (the default) takes a seat at once; REQUESTED takes none "
                    + "until activated. A person has at most one open grant per product.")
    @ApiResponse(responseCode = "201", description = "The new grant")
    @ApiResponse(
            responseCode = "409",
            description = "No free seat, an open grant exists already, or the person has left",
            content = @Content)
    GrantListItem create(@RequestBody GrantRequest request) {
        return grants.create(request);
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updateAccessGrant",
            summary = "Change an open grant's role or note",
            description = "version must be the one read; a stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The changed grant")
    @ApiResponse(responseCode = "409", description = "Stale version, or the grant is revoked", content = @Content)
    GrantListItem update(@PathVariable long id, @RequestBody GrantUpdate update) {
        return grants.update(id, update);
    }

    @PostMapping("/{id}/activate")
    @Operation(
            operationId = "activateAccessGrant",
            summary = "Activate a requested grant",
            description = "Takes a seat of a per-seat product.")
    @ApiResponse(responseCode = "200", description = "The active grant")
    @ApiResponse(
            responseCode = "409",
            description = "Not a request, no free seat, or the person has left",
            content = @Content)
    GrantListItem activate(@PathVariable long id) {
        return grants.activate(id);
    }

    @DeleteMapping("/{id}")
    @Operation(
            operationId = "revokeAccessGrant",
            summary = "Revoke a grant",
            description = "Grants are never erased: the grant is revoked (an active one frees its "
                    + "seat) and stays with its history. The optional reason becomes its note.")
    @ApiResponse(responseCode = "200", description = "The revoked grant")
    @ApiResponse(responseCode = "409", description = "The grant is revoked already", content = @Content)
    GrantListItem revoke(@PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
        return grants.revoke(id, reason);
    }

    @GetMapping("/{id}/history")
    @Operation(
            operationId = "accessGrantHistory",
            summary = "Who requested, granted, changed and revoked the grant, newest first")
    @ApiResponse(responseCode = "200", description = "The grant's revisions")
    List<EntityChange> history(@PathVariable long id) {
        return grants.history(id);
    }
}
