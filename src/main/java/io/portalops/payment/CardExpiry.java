package io.portalops.payment;

import java.time.LocalDate;
import java.time.YearMonth;

/** A card's expiry month. The card is valid through the last day of that month. */
record CardExpiry(int month, int year) {

    /** How an expiry looks to those who may not see it. */
    public static final String MASKED = "••/••••";

    public CardExpiry {
        if (month < 1 || month > 12 || year < 2000 || year > 2099) {
            throw new IllegalArgumentException("Not a card expiry: " + month + "/" + year);
        }
    }

    public LocalDate lastValidDay() {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** The form printed on cards, e.g. 03/2027. */
    public String display() {
        return "%02d/%04d".formatted(month, year);
    }

    String stored() {
        return "%04d-%02d".formatted(year, month);
    }

    static CardExpiry parse(String stored) {
        YearMonth value = YearMonth.parse(stored);
        return new CardExpiry(value.getMonthValue(), value.getYear());
    }
}
