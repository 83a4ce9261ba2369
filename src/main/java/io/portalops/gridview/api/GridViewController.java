package io.portalops.gridview.api;

import io.portalops.gridview.GridViewService;
import io.portalops.shared.grid.GridViewForm;
import io.portalops.shared.grid.SavedGridView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/views")
@Tag(
        name = "Saved views",
        description = "Saved views of the grids: the grid's URL query parameters (its filters), sort and columns under "
                + "a name, private or shared with a role, optionally the caller's default for the grid. Grids: contracts, "
                + "customers, events, people, payments, tasks, services, audit, accounts, exports. Another user's "
                + "private view "
                + "answers 404; a shared view is deleted by its owner or an ADMIN.")
@SecurityRequirement(name = "bearer")
@ApiResponse(
        responseCode = "400",
        description = "Invalid input: unknown grid, parameter or column, or a name too long; field errors in 'errors'",
        content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class GridViewController {

    private final GridViewService views;

    GridViewController(GridViewService views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The caller's views of a grid, then those shared with one of their roles")
    List<SavedGridView> list(@RequestParam @Size(max = 32) String grid) {
        return views.views(grid);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One view the caller may see")
    @ApiResponse(responseCode = "404", description = "No such view, or another user's private view", content = @Content)
    SavedGridView get(@PathVariable long id) {
        return views.get(id);
    }

    @PostMapping
    @Operation(
            summary = "Save a view",
            description = "Saving under the name of one of the caller's views of the grid replaces it. makeDefault "
                    + "makes it the caller's only default for the grid.")
    @ApiResponse(responseCode = "201", description = "The view as saved")
    @ApiResponse(
            responseCode = "409",
            description = "The caller has the most views of this grid there can be",
            content = @Content)
    ResponseEntity<SavedGridView> save(@RequestBody GridViewForm form) {
        SavedGridView saved = views.save(form);
        return ResponseEntity.created(URI.create("/api/views/" + saved.id())).body(saved);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a view")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "403",
            description = "A shared view of another user, and the caller is not an ADMIN",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "No such view, or another user's private view", content = @Content)
    ResponseEntity<Void> delete(@PathVariable long id) {
        views.delete(id);
        return ResponseEntity.noContent().build();
    }
}
