package io.portalops.usage.api;

import io.portalops.shared.web.ProblemResponses;
import io.portalops.usage.ProductUsage;
import io.portalops.usage.ProductUsageDetails;
import io.portalops.usage.ReclaimResult;
import io.portalops.usage.UsagePolicyForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products/{id}")
@Tag(
        name = "Seat usage",
        description = "A product's seats by use (active, idle, never used), its idle period and alert thresholds, and "
                + "the reclaim of idle seats as revoke tasks. Last use comes from usage events (personRef and "
                + "productRef on login and usage.reported) and imported sign-in logs.")
@SecurityRequirement(name = "bearer")
@ProblemResponses
@ApiResponse(responseCode = "404", description = "No such product in the caller's scope", content = @Content)
class ProductUsageController {

    private final ProductUsage usage;

    ProductUsageController(ProductUsage usage) {
        this.usage = usage;
    }

    @GetMapping("/usage")
    @Operation(summary = "The product's seats by use, with the money a month in reclaimable seats")
    ProductUsageDetails usage(@PathVariable long id) {
        return usage.usage(id);
    }

    @PutMapping("/usage/policy")
    @Operation(
            summary = "Set the product's idle period and alert thresholds (ADMIN or the service's admin)",
            description = "A null value means the global default idle period, or no alert.")
    ProductUsageDetails policy(@PathVariable long id, @RequestBody UsagePolicyForm form) {
        return usage.updatePolicy(id, form);
    }

    @PostMapping("/reclaim")
    @Operation(
            summary = "Reclaim idle seats",
            description = "Creates one revoke task per idle seat that has none yet, with the money a month it saves. "
                    + "Idempotent: a second call (or the weekly job) creates no task twice.")
    ReclaimResult reclaim(@PathVariable long id) {
        return usage.reclaim(id);
    }
}
