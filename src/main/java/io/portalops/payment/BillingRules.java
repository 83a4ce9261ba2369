package io.portalops.payment;

import io.portalops.shared.InvalidInputException;
import java.util.Currency;

/** The rules of a billing form that span fields or need more than an annotation; the first broken one is reported. */
final class BillingRules {

    private BillingRules() {}

    static void check(BillingForm form) {
        currency(form.currency());
        if (form.noticeAmount() > form.noticeUnit().max()) {
            throw new InvalidInputException(
                    "noticeAmount",
                    "The notice period is at most " + form.noticeUnit().max() + " "
                            + form.noticeUnit().label() + ".");
        }
        if (form.method() == PaymentMethod.CARD) {
            require(form.cardBrand() != null, "cardBrand", "Choose the card's brand.");
            require(form.cardLast4() != null, "cardLast4", "Enter the card's last 4 digits.");
            require(form.cardHolder() != null, "cardHolder", "Enter the name on the card.");
            require(form.cardExpiryMonth() != null, "cardExpiryMonth", "Enter the card's expiry month.");
            require(form.cardExpiryYear() != null, "cardExpiryYear", "Enter the card's expiry year.");
        } else {
            boolean anyCardField = form.cardBrand() != null
                    || form.cardLast4() != null
                    || form.cardHolder() != null
                    || form.cardExpiryMonth() != null
                    || form.cardExpiryYear() != null;
            require(
                    !anyCardField,
                    "method",
                    "Card details belong to card payments only; leave them empty for "
                            + form.method().label().toLowerCase() + ".");
        }
    }

    static void currency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", code + " is not an ISO 4217 currency code.");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
