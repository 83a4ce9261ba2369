package io.portalops.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the Contracts grid and {@code GET /api/contracts}. {@code text} matches the number exactly or the title
 * (contains, 3+ characters). {@code awaitingMe} keeps contracts pending that the caller may decide now. The date ranges
 * are inclusive. {@code autoRenew} keeps contracts that renew by themselves (true) or that expire unless renewed
 * (false). {@code minValue} and {@code maxValue} are in the base currency: other currencies are converted at the
 * configured rates, and a contract in a currency without a rate matches no value bound.
 */
public record ContractFilter(
        @Nullable ContractStatus status,
        @Nullable Long customerId,
        @Nullable Long ownerId,
        @Nullable BigDecimal minValue,
        @Nullable BigDecimal maxValue,
        @Nullable LocalDate endFrom,
        @Nullable LocalDate endTo,
        @Nullable Boolean flagged,
        @Nullable String text,
        boolean awaitingMe,
        @Nullable LocalDate startFrom,
        @Nullable LocalDate startTo,
        @Nullable Boolean autoRenew) {

    public ContractFilter(
            @Nullable ContractStatus status,
            @Nullable Long customerId,
            @Nullable Long ownerId,
            @Nullable BigDecimal minValue,
            @Nullable BigDecimal maxValue,
            @Nullable LocalDate endFrom,
            @Nullable LocalDate endTo,
            @Nullable Boolean flagged,
            @Nullable String text,
            boolean awaitingMe,
            @Nullable LocalDate startFrom,
            @Nullable LocalDate startTo) {
        this(
                status,
                customerId,
                ownerId,
                minValue,
                maxValue,
                endFrom,
                endTo,
                flagged,
                text,
                awaitingMe,
                startFrom,
                startTo,
                null);
    }

    public ContractFilter(
            @Nullable ContractStatus status,
            @Nullable Long customerId,
            @Nullable Long ownerId,
            @Nullable BigDecimal minValue,
            @Nullable BigDecimal maxValue,
            @Nullable LocalDate endFrom,
            @Nullable LocalDate endTo,
            @Nullable Boolean flagged,
            @Nullable String text,
            boolean awaitingMe) {
        this(
                status,
                customerId,
                ownerId,
                minValue,
                maxValue,
                endFrom,
                endTo,
                flagged,
                text,
                awaitingMe,
                null,
                null,
                null);
    }

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null, null, null, null, false);
    }

    /** The filter as the parameters of the list endpoint (and of bulk selections), absent values left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", status == null ? null : status.name());
        put(parameters, "customerId", customerId);
        put(parameters, "ownerId", ownerId);
        put(parameters, "minValue", minValue == null ? null : minValue.toPlainString());
        put(parameters, "maxValue", maxValue == null ? null : maxValue.toPlainString());
        put(parameters, "startFrom", startFrom);
        put(parameters, "startTo", startTo);
        put(parameters, "endFrom", endFrom);
        put(parameters, "endTo", endTo);
        put(parameters, "flagged", flagged);
        put(parameters, "text", text);
        put(parameters, "awaitingMe", awaitingMe ? "true" : null);
        put(parameters, "autoRenew", autoRenew);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    public ContractFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
