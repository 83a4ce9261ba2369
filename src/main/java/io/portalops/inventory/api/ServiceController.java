package io.portalops.inventory.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.portalops.audit.EntityChange;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceDetails;
import io.portalops.inventory.ServiceFilter;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceListItem;
import io.portalops.inventory.ServiceStatus;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api/services")
@Tag(
        name = "SaaS services",
        description =
                "Services in the caller's scope (ADMIN: all; service admin: theirs; product admin: "
                        + "the services of their products). A service is never deleted: set its status to RETIRED, so history and payments stay.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "404", description = "No such service in the caller's scope", content = @Content)
class ServiceController {

    private final SaasCatalog catalog;

    ServiceController(SaasCatalog catalog) {
        this.catalog = catalog;
    }

    /** The whole list of admins: required, so that a body without it ({@code {}}) cannot remove every admin. */
    record AdminAssignment(
            @JsonProperty(required = true)
            @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Every admin; an empty list removes them all")
            Set<Long> accountIds) {}

    @GetMapping
    @Operation(summary = "List services with their products' seats and monthly cost")
    List<ServiceListItem> list(
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable ServiceStatus status,
            @RequestParam(required = false) @Nullable String category) {
        return catalog.services(new ServiceFilter(text, status, category));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service with its admins and the products the caller may see")
    ServiceDetails get(@PathVariable long id) {
        return catalog.service(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a service (ADMIN)")
    ServiceDetails create(@RequestBody ServiceForm form) {
        return catalog.createService(form);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a service (ADMIN or its service admin)",
            description = "version must be the one read; a stale version answers 409.")
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the service since this version was read",
            content = @Content)
    ServiceDetails update(@PathVariable long id, @RequestBody ServiceForm form) {
        return catalog.updateService(id, form);
    }

    @PutMapping("/{id}/admins")
    @Operation(
            summary = "Set the service admins (ADMIN)",
            description = "Every account must hold the SERVICE_ADMIN role.")
    ServiceDetails assignAdmins(@PathVariable long id, @RequestBody AdminAssignment assignment) {
        return catalog.assignServiceAdmins(id, assignment.accountIds());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed which field of the service, newest first")
    List<EntityChange> history(@PathVariable long id) {
        return catalog.serviceHistory(id);
    }
}
