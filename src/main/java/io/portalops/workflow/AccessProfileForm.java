package io.portalops.workflow;

import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A profile as the admin screen and its dialog edit it. An empty title covers the whole department.
 *
 * @param version the version read, required to change an existing profile; null for a new one
 */
public record AccessProfileForm(
        @NotBlank(message = "Give the profile a name.")
        @Size(max = 120, message = "Keep the name under 120 characters.")
        @SingleLineText
        String name,

        @NotBlank(message = "A profile is for a department.")
        @Size(max = 100, message = "Keep the department under 100 characters.")
        @SingleLineText
        String department,

        @Size(max = 120, message = "Keep the title under 120 characters.") @SingleLineText @Nullable
        String title,

        @NotNull(message = "Choose the products.") @Size(min = 1, message = "Choose at least one product.")
        Set<Long> productIds,

        @Nullable Long version) {

    public AccessProfileForm {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
