package io.portalops.customer.api;

import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerSortField;
import io.portalops.customer.CustomerStatus;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
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
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customers in the caller's scope; personal data masked")
@SecurityRequirement(name = "bearer")
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
    @Operation(summary = "Search customers", description = "Filters combine with AND. email and nationalId match exactly. "
            + "sort is a field name with an optional ',asc' or ',desc', e.g. name,desc.")
    CustomerPage search(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable CustomerStatus status,
            @RequestParam(required = false) @Nullable CustomerSegment segment,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable Long ownerId,
            @RequestParam(required = false) @Nullable String externalRef,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String nationalId,
            @Parameter(description = "name, externalRef, country, status, segment, createdAt or updatedAt, with ,asc or ,desc")
            @RequestParam(defaultValue = "name,asc") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > CustomerService.MAX_PAGE) {
            throw new InvalidInputException("size", "page must be 0 or more and size between 1 and " + CustomerService.MAX_PAGE + ".");
        }
        CustomerFilter filter = new CustomerFilter(name, status, segment, country, ownerId, externalRef, email, nationalId);
        return CustomerPage.of(customers.search(filter, List.of(parseSort(sort)), page * size, size), page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer; 404 when it does not exist or is outside the caller's scope")
    CustomerDetails get(@PathVariable long id) {
        return customers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a customer", description = "Account managers own what they create; an admin must give ownerId.")
    CustomerDetails create(@RequestBody CustomerForm form) {
        return customers.create(form);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a customer", description = "version must be the one read; a stale version answers 409. "
            + "nationalId and email: null keeps the stored value, an empty string clears it.")
    CustomerDetails update(@PathVariable long id, @RequestBody CustomerForm form) {
        return customers.update(id, form);
    }

    private static SortOrder<CustomerSortField> parseSort(String sort) {
        String[] parts = sort.split(",");
        String field = parts[0].strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        boolean ascending = parts.length < 2 || !parts[1].strip().equalsIgnoreCase("desc");
        try {
            return new SortOrder<>(CustomerSortField.valueOf(field), ascending);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "Cannot sort by '" + parts[0].strip() + "'.");
        }
    }
}
