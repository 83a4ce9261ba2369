package io.portalops.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an ADMIN enters for a service. */
public record ServiceForm(
        @NotBlank(message = "Enter the service's name.") @Size(max = 120) String name,
        @NotBlank(message = "Enter the vendor.") @Size(max = 120) String vendor,
        @NotBlank(message = "Enter a category, e.g. Productivity.") @Size(max = 60) String category,
        @Nullable @Size(max = 300) @Pattern(regexp = "^$|https?://\\S+", message = "Enter a web address starting with http:// or https://.") String website,
        @NotNull(message = "Choose a status.") ServiceStatus status,
        @Nullable @Size(max = 2000) String description) {
}
