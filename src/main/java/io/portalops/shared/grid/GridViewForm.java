package io.portalops.shared.grid;

import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A view to save. Saving under the name of one of the caller's own views of the grid replaces that view.
 *
 * @param grid           the grid's id, e.g. {@code contracts}
 * @param sharedWithRole a role to share the view with, or null to keep it private
 * @param makeDefault    open this view when the grid opens without query parameters
 */
public record GridViewForm(
        @NotBlank(message = "Name the grid.") @Size(max = 32, message = "No grid has a name this long.") @SingleLineText
        String grid,

        @NotBlank(message = "Give the view a name.")
        @Size(max = 60, message = "Keep the name under 60 characters.")
        @SingleLineText
        String name,

        @Size(max = 40, message = "No role has a name this long.") @SingleLineText @Nullable
        String sharedWithRole,

        boolean makeDefault,

        @NotNull(message = "Give the view's state: parameters, sort and columns.")
        GridState state) {}
