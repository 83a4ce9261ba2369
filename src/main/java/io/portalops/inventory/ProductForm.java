package io.portalops.inventory;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What is entered for a product. {@code cost} is per seat and cycle for per-seat products, otherwise the flat (or
 * estimated usage) cost per cycle. {@code version} is the one read, required when updating.
 */
public record ProductForm(
        @NotBlank(message = "Enter the product's name.") @Size(max = 120) @SingleLineText
        String name,

        @NotNull(message = "Choose a licence model.") LicenceModel licenceModel,

        @Min(value = 0, message = "Seats cannot be negative.")
        @Max(value = 1_000_000, message = "At most 1,000,000 seats.")
        int seatsPurchased,

        @NotNull(message = "Enter the cost.") @Valid Money cost,
        @NotNull(message = "Choose a billing cycle.") BillingCycle billingCycle,
        @Nullable Long version) {

    /** The lowest cost, checked here rather than by a constraint since {@link Money} is shared by every amount. */
    public static final BigDecimal MIN_COST = BigDecimal.ZERO;

    public static final String NEGATIVE_COST = "The cost cannot be negative.";

    /** A new product's form (no version yet). */
    public ProductForm(
            String name, LicenceModel licenceModel, int seatsPurchased, Money cost, BillingCycle billingCycle) {
        this(name, licenceModel, seatsPurchased, cost, billingCycle, null);
    }

    public ProductForm {
        if (cost != null && cost.amount().compareTo(MIN_COST) < 0) {
            throw new InvalidInputException("cost", NEGATIVE_COST);
        }
    }
}
