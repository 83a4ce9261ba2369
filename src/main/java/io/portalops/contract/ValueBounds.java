package io.portalops.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bounds on a contract's raw amount implied by a value range in the base currency, so that the range can use the value
 * index (V008): "from 100,000 EUR" cannot match an amount below 100,000 divided by the highest rate to the base, in
 * whatever currency. The exact test stays beside it (the amount times its currency's rate); these bounds only let
 * PostgreSQL skip what cannot match instead of converting every row (ADR 060). Rates are positive (ContractProperties).
 */
final class ValueBounds {

    private static final int SCALE = 6;

    private ValueBounds() {}

    /** The lowest raw amount whose value in the base currency could reach {@code min}, in any accepted currency. */
    static BigDecimal lowest(BigDecimal min, ApprovalPolicy policy) {
        return policy.ratesToBase().values().stream()
                .map(rate -> min.divide(rate, SCALE, RoundingMode.FLOOR))
                .min(BigDecimal::compareTo)
                .orElse(min);
    }

    /** The highest raw amount whose value in the base currency could stay within {@code max}, in any currency. */
    static BigDecimal highest(BigDecimal max, ApprovalPolicy policy) {
        return policy.ratesToBase().values().stream()
                .map(rate -> max.divide(rate, SCALE, RoundingMode.CEILING))
                .max(BigDecimal::compareTo)
                .orElse(max);
    }
}
