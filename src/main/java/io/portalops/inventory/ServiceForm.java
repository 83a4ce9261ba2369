package io.portalops.inventory;

import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What is entered for a service; {@code version} is the one read, required when updating. */
public record ServiceForm(
        @NotBlank(message = "Enter the service's name.") @Size(max = 120) @SingleLineText
        String name,

        @NotBlank(message = "Enter the vendor.") @Size(max = 120) @SingleLineText
        String vendor,

        @NotBlank(message = "Enter a category, e.g. Productivity.") @Size(max = 60) @SingleLineText
        String category,

        @Nullable
        @Size(max = 300)
        @SingleLineText
        @Pattern(regexp = "^$|https?://\\S+", message = "Enter a web address starting with http:// or https://.")
        String website,

        @NotNull(message = "Choose a status.") ServiceStatus status,
        @Nullable @Size(max = 2000) @MultiLineText String description,
        @Nullable Long version) {

    /** A new service's form (no version yet). */
    public ServiceForm(
            String name,
            String vendor,
            String category,
            @Nullable String website,
            ServiceStatus status,
            @Nullable String description) {
        this(name, vendor, category, website, status, description, null);
    }
}
