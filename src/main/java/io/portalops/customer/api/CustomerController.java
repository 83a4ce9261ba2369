package io.portalops.customer.api;

import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerSortField;
import io.portalops.customer.CustomerStatus;
import io.portalops.customer.PiiField;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.web.PageRequestParams;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customers in the caller's scope; personal data masked")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class CustomerController {

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    /** A page of customers; {@code hasNext} says whether another page follows (the total is never counted). */
    record CustomerPage(List<CustomerListItem> items, int page, int size, boolean hasNext) {
        static CustomerPage of(SliceResult<CustomerListItem> slice, int page) {
            return new CustomerPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    @GetMapping
    @Operation(
            summary = "Search customers",
            description = "Filters combine with AND. email and nationalId match exactly. "
                    + "sort is a field name with an optional ',asc' or ',desc', e.g. name,desc.")
    CustomerPage search(
            @Parameter(description = "3 or more characters: contained in the name; 1 or 2: start of the name")
                    @RequestParam(required = false)
                    @Nullable
                    String name,
            @RequestParam(required = false) @Nullable CustomerStatus status,
            @RequestParam(required = false) @Nullable CustomerSegment segment,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable Long ownerId,
            @RequestParam(required = false) @Nullable String externalRef,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String nationalId,
            @Parameter(
                            description =
                                    "name, externalRef, country, status, segment, createdAt or updatedAt, with ,asc or ,desc")
                    @RequestParam(defaultValue = "name,asc")
                    String sort,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(CustomerService.MAX_PAGE);
        CustomerFilter filter =
                new CustomerFilter(name, status, segment, country, ownerId, externalRef, email, nationalId);
        return CustomerPage.of(
                customers.search(
                        filter, List.of(SortOrder.parse(sort, CustomerSortField.class)), offset, paging.size()),
                paging.page());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer; 404 when it does not exist or is outside the caller's scope")
    @ApiResponse(responseCode = "200", description = "The customer, personal data masked")
    @ApiResponse(responseCode = "404", description = "No such customer in the caller's scope", content = @Content)
    CustomerDetails get(@PathVariable long id) {
        return customers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a customer",
            description = "Account managers own what they create; an admin must give ownerId.")
    CustomerDetails create(@RequestBody CustomerForm form) {
        return customers.create(form);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a customer",
            description = "version must be the one read; a stale version answers 409. "
                    + "nationalId and email: null keeps the stored value, an empty string clears it.")
    @ApiResponse(responseCode = "200", description = "The updated customer")
    @ApiResponse(responseCode = "404", description = "No such customer in the caller's scope", content = @Content)
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the customer since this version was read",
            content = @Content)
    CustomerDetails update(@PathVariable long id, @RequestBody CustomerForm form) {
        return customers.update(id, form);
    }

    /** The reason is checked by the service, with the limit of its column (CustomerService.MAX_REVEAL_REASON). */
    record RevealRequest(
            PiiField field,

            @Size(
                    min = 10,
                    max = CustomerService.MAX_REVEAL_REASON,
                    message = "must be 10 to " + CustomerService.MAX_REVEAL_REASON + " characters long")
            @MultiLineText
            String reason) {}

    record RevealedValue(PiiField field, @Nullable String value) {}

    @PostMapping("/{id}/reveal")
    @Operation(
            summary = "Reveal one masked field in clear (ADMIN only)",
            description = "The reason (at least 10 characters) is recorded with the caller and the time.")
    @ApiResponse(responseCode = "200", description = "The value in clear")
    @ApiResponse(responseCode = "404", description = "No such customer in the caller's scope", content = @Content)
    RevealedValue reveal(@PathVariable long id, @RequestBody RevealRequest request) {
        if (request.field() == null) {
            throw new InvalidInputException("field", "Say which field to reveal: NATIONAL_ID or EMAIL.");
        }
        return new RevealedValue(request.field(), customers.reveal(id, request.field(), request.reason()));
    }
}
