package io.portalops.dashboard.api;

import io.portalops.dashboard.Dashboard;
import io.portalops.dashboard.DashboardSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(
        name = "Dashboard",
        description = "The caller's dashboard figures, as the start page shows them: a part per role held "
                + "(approvals, account, analysis, saas; null when the caller has none of its roles), each in the caller's row scope, "
                + "read from pre-aggregated figures; asOf says when they were computed.")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "An API client's key, not a user's token", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    @Operation(operationId = "getDashboard", summary = "The caller's dashboard figures")
    DashboardSnapshot get() {
        return dashboard.snapshot();
    }
}
