package io.portalops.contract;

import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.validation.StorableDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A draft contract to create or edit. {@code version} is required on update.
 */
public record ContractForm(
        @NotNull(message = "is required") Long customerId,

        @NotBlank(message = "is required") @Size(max = 200) @SingleLineText
        String title,

        @NotNull(message = "is required") ContractType type,

        @NotNull(message = "is required")
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "use at most 2 decimals")
        BigDecimal valueAmount,

        @NotNull(message = "is required")
        @Size(max = 3)
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO currency code such as EUR")
        String currency,

        @StorableDate @NotNull(message = "is required") LocalDate startDate,
        @StorableDate @NotNull(message = "is required") LocalDate endDate,
        boolean autoRenew,

        @Min(value = 0, message = "must not be negative") @Max(value = 3650, message = "must be at most 3650 days")
        int noticePeriodDays,

        @Nullable Long version) {

    public ContractForm {
        title = title == null ? null : title.strip();
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }
}
