package io.portalops.payment;

import io.portalops.shared.validation.SingleLineText;
import io.portalops.shared.validation.StorableDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What is entered with an invoice file: its date, amount and (optionally) the vendor's invoice number. */
@NoCardNumbers
public record InvoiceForm(
        @StorableDate @NotNull(message = "Enter the invoice date.")
        LocalDate invoiceDate,

        @NotNull(message = "Enter the amount.")
        @DecimalMin(value = "0.00", message = "The amount cannot be negative.")
        @Digits(integer = 12, fraction = 2, message = "Use at most 12 digits and 2 decimals.")
        BigDecimal amount,

        @NotNull(message = "Enter a currency.")
        @Size(max = 3)
        @Pattern(regexp = "[A-Z]{3}", message = "Use an ISO currency code such as EUR.")
        String currency,

        @Nullable @Size(max = 60, message = "At most 60 characters.") @SingleLineText
        String number) {

    public InvoiceForm {
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        number = number == null || number.isBlank() ? null : number.strip();
    }
}
