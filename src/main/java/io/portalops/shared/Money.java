package io.portalops.shared;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in an ISO 4217 currency, scaled to the currency's minor unit.
 */
public record Money(
        // numeric(19, 2) columns: 17 integer digits. 1e309 or 1e20 is a typo or an attack, refused where validated.
        @Digits(integer = 17, fraction = 3, message = "Use at most 17 digits before the decimal point.")
        BigDecimal amount,

        @Size(max = 3) String currency) {

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("amount and currency are required");
        }
        Currency iso = Currency.getInstance(currency);
        amount = amount.setScale(Math.max(iso.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public String format() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(amount.scale());
        format.setMaximumFractionDigits(amount.scale());
        return currency + " " + format.format(amount);
    }

    /** Rounded to whole units, for overview columns where cents only take room. */
    public String formatWhole() {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return currency + " " + format.format(amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
