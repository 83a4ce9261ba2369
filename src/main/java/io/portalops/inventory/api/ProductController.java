package io.portalops.inventory.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.portalops.audit.EntityChange;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductDetails;
import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/products")
@Tag(
        name = "SaaS products",
        description = "Products in the caller's scope, with seats used, monthly cost and money in unused seats. "
                + "A product is not deleted: grants and payments refer to it; set its seats to what is still paid for.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "404", description = "No such product in the caller's scope", content = @Content)
class ProductController {

    private final SaasCatalog catalog;

    ProductController(SaasCatalog catalog) {
        this.catalog = catalog;
    }

    record NewProduct(
            @Nullable Long serviceId,
            @Size(max = 120) @SingleLineText String name,
            LicenceModel licenceModel,
            int seatsPurchased,
            Money cost,
            BillingCycle billingCycle) {}

    /** The whole list of admins: required, so that a body without it ({@code {}}) cannot remove every admin. */
    record AdminAssignment(
            @JsonProperty(required = true)
            @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Every admin; an empty list removes them all")
            Set<Long> accountIds) {}

    @GetMapping
    @Operation(summary = "List products")
    List<ProductListItem> list(
            @RequestParam(required = false) @Nullable Long serviceId,
            @RequestParam(required = false) @Nullable String text,
            @Parameter(description = "true: only products at 90 % of their seats or more, or with unused seats")
                    @RequestParam(defaultValue = "false")
                    boolean attention) {
        return catalog.products(new ProductFilter(serviceId, text, attention));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product with its admins")
    ProductDetails get(@PathVariable long id) {
        return catalog.product(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a product to a service (ADMIN or the service's admin)")
    ProductDetails create(@RequestBody NewProduct product) {
        if (product.serviceId() == null) {
            throw new InvalidInputException("serviceId", "Say which service the product belongs to.");
        }
        return catalog.createProduct(
                product.serviceId(),
                new ProductForm(
                        product.name(),
                        product.licenceModel(),
                        product.seatsPurchased(),
                        product.cost(),
                        product.billingCycle()));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Update a product (ADMIN or the service's admin)",
            description = "version must be the one read; a stale "
                    + "version answers 409. Per-seat products cannot be cut below the seats held.")
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the product since this version was read",
            content = @Content)
    ProductDetails update(@PathVariable long id, @RequestBody ProductForm form) {
        return catalog.updateProduct(id, form);
    }

    @PutMapping("/{id}/admins")
    @Operation(
            summary = "Set the product admins (ADMIN or the service's admin)",
            description = "Every account must hold the PRODUCT_ADMIN role.")
    ProductDetails assignAdmins(@PathVariable long id, @RequestBody AdminAssignment assignment) {
        return catalog.assignProductAdmins(id, assignment.accountIds());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed which field of the product, newest first")
    List<EntityChange> history(@PathVariable long id) {
        return catalog.productHistory(id);
    }
}
