package io.portalops.payment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises full card numbers (PANs) in free text, so that none is ever stored. A PAN here is 13 to 19 digits,
 * written together or in groups separated by single spaces or dashes, that pass the Luhn check. A run of digit groups
 * longer than that is searched for a PAN made of consecutive groups ("4111 1111 1111 1111 2026" holds one). A
 * number that fails the Luhn check is not a PAN, so purchase orders and references made of digits pass.
 */
public final class CardNumbers {

    public static final String REFUSAL = "This looks like a full card number. PortalOps never stores card numbers: "
            + "keep only the last 4 digits, in the card's own field.";

    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+(?:[ -]\\d+)*");
    private static final int MIN = 13;
    private static final int MAX = 19;

    private CardNumbers() {}

    public static boolean containsCardNumber(@Nullable String text) {
        if (text == null) {
            return false;
        }
        Matcher run = DIGIT_GROUPS.matcher(text);
        while (run.find()) {
            String[] groups = run.group().split("[ -]");
            for (int first = 0; first < groups.length; first++) {
                StringBuilder digits = new StringBuilder();
                for (int last = first; last < groups.length && digits.length() + groups[last].length() <= MAX; last++) {
                    digits.append(groups[last]);
                    if (digits.length() >= MIN && luhn(digits)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
