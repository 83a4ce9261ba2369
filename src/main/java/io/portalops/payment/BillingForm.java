package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.validation.StorableDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A product's billing record as entered. With {@code method} CARD the brand, last 4 digits, holder and expiry are
 * required; with INVOICE they must be empty. No text field may hold a full card number. {@code version} is required
 * on update and detects concurrent edits; {@code productId} cannot change.
 */
@NoCardNumbers
public record BillingForm(
        @NotNull(message = "Choose the product.") Long productId,
        @NotNull(message = "Choose a billing cycle.") BillingCycle cycle,

        @NotNull(message = "Enter the amount.")
        @DecimalMin(value = "0.00", message = "The amount cannot be negative.")
        @Digits(integer = 12, fraction = 2, message = "Use at most 12 digits and 2 decimals.")
        BigDecimal amount,

        @NotNull(message = "Enter a currency.")
        @Size(max = 3)
        @Pattern(regexp = "[A-Z]{3}", message = "Use an ISO currency code such as EUR.")
        String currency,

        @StorableDate @NotNull(message = "Enter the next renewal date.")
        LocalDate nextRenewal,

        boolean autoRenew,

        @Min(value = 0, message = "The notice period cannot be negative.")
        @Max(value = 730, message = "The notice period is at most 730 days (24 months).")
        int noticeAmount,

        @NotNull(message = "Choose days or months.") NoticeUnit noticeUnit,

        @Nullable @Size(max = 60, message = "At most 60 characters.") @SingleLineText
        String poNumber,

        @NotNull(message = "Choose how it is paid.") PaymentMethod method,

        @Nullable @Size(max = 120, message = "At most 120 characters.") @SingleLineText
        String cardHolder,

        @Nullable CardBrand cardBrand,

        @Nullable @Size(max = 4) @Pattern(regexp = "\\d{4}", message = "Enter exactly the last 4 digits.")
        String cardLast4,

        @Nullable @Min(value = 1, message = "A month from 1 to 12.") @Max(value = 12, message = "A month from 1 to 12.")
        Integer cardExpiryMonth,

        @Nullable
        @Min(value = 2000, message = "A year such as 2027.")
        @Max(value = 2099, message = "A year such as 2027.")
        Integer cardExpiryYear,

        @Nullable @Size(max = 2000, message = "At most 2000 characters.") @MultiLineText
        String notes,

        @Nullable Long version) {

    public BillingForm {
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        poNumber = blankToNull(poNumber);
        cardHolder = blankToNull(cardHolder);
        cardLast4 = blankToNull(cardLast4);
        notes = blankToNull(notes);
    }

    /** The notice period, once the form is valid. */
    public NoticePeriod notice() {
        return new NoticePeriod(noticeAmount, noticeUnit);
    }

    public BillingForm withVersion(long newVersion) {
        return new BillingForm(
                productId,
                cycle,
                amount,
                currency,
                nextRenewal,
                autoRenew,
                noticeAmount,
                noticeUnit,
                poNumber,
                method,
                cardHolder,
                cardBrand,
                cardLast4,
                cardExpiryMonth,
                cardExpiryYear,
                notes,
                newVersion);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
