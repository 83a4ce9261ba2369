package io.portalops.directory.api;

import io.portalops.audit.EntityChange;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.PersonDetails;
import io.portalops.directory.PersonFilter;
import io.portalops.directory.PersonForm;
import io.portalops.directory.PersonListItem;
import io.portalops.directory.PersonService;
import io.portalops.directory.PersonSortField;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
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
@RequestMapping("/api/people")
@Tag(
        name = "People",
        description =
                "The directory of people (most cannot log in). ADMIN, SERVICE_ADMIN and PRODUCT_ADMIN read "
                        + "it; only ADMIN creates and edits. People are never deleted: they leave (status LEFT) and keep their history.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class PersonController {

    private final PersonService people;
    private final AccessGrantService grants;

    PersonController(PersonService people, AccessGrantService grants) {
        this.people = people;
        this.grants = grants;
    }

    /** A page of people; {@code hasNext} says whether another page follows (the total is never counted). */
    record PersonPage(List<PersonListItem> items, int page, int size, boolean hasNext) {
        static PersonPage of(SliceResult<PersonListItem> slice, int page) {
            return new PersonPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    @GetMapping
    @Operation(
            operationId = "searchPeople",
            summary = "Search people",
            description = "Filters combine with AND. productId keeps the people holding active "
                    + "access to that product; a product outside the caller's scope answers 404. sort is a field name with an optional "
                    + "',asc' or ',desc', e.g. startDate,desc.")
    @ApiResponse(responseCode = "200", description = "A page of people")
    @ApiResponse(
            responseCode = "404",
            description = "productId is not a product in the caller's scope",
            content = @Content)
    PersonPage search(
            @Parameter(description = "3 or more characters: contained in the name; 1 or 2: start of the name")
                    @RequestParam(required = false)
                    @Nullable
                    String name,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable EmploymentStatus status,
            @RequestParam(required = false) @Nullable Long productId,
            @Parameter(
                            description =
                                    "name, employeeNumber, department, status, startDate or endDate, with ,asc or ,desc")
                    @RequestParam(defaultValue = "name,asc")
                    String sort,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(PersonService.MAX_PAGE);
        return PersonPage.of(
                people.search(
                        new PersonFilter(name, department, status, productId),
                        List.of(SortOrder.parse(sort, PersonSortField.class)),
                        offset,
                        paging.size()),
                paging.page());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPerson", summary = "One person")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content)
    PersonDetails get(@PathVariable long id) {
        return people.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createPerson",
            summary = "Create a person (ADMIN)",
            description =
                    "A person pending start needs a startDate; one leaving or "
                            + "gone an endDate. accountId links an existing login account; without it the person cannot log in.")
    @ApiResponse(responseCode = "201", description = "The created person")
    PersonDetails create(@RequestBody PersonForm form) {
        return people.create(form);
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updatePerson",
            summary = "Update a person (ADMIN)",
            description = "version must be the one read; a stale version answers 409.")
    @ApiResponse(responseCode = "200", description = "The updated person")
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content)
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the person since this version was read",
            content = @Content)
    PersonDetails update(@PathVariable long id, @RequestBody PersonForm form) {
        return people.update(id, form);
    }

    @GetMapping("/{id}/access-grants")
    @Operation(
            operationId = "personAccessGrants",
            summary = "A person's access grants on the products in the caller's scope",
            description = "Open grants first.")
    @ApiResponse(responseCode = "200", description = "The grants the caller may see")
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content)
    List<GrantListItem> grants(@PathVariable long id) {
        return grants.ofPerson(id);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "personHistory", summary = "Who changed which field of the person, newest first")
    @ApiResponse(responseCode = "200", description = "The person's revisions")
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content)
    List<EntityChange> history(@PathVariable long id) {
        return people.history(id);
    }
}
