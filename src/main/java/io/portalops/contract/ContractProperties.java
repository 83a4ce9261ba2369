package io.portalops.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Contracts (ADR 005, ADR 006): approval limits and the two-level threshold are in the base currency; a contract's value
 * converts with the configured rates, so only currencies with a rate can be chosen for a contract.
 *
 * @param baseCurrency         the currency of approval limits and of the two-level threshold
 * @param twoLevelThreshold    contracts worth more than this (in the base currency) need two approvals
 * @param defaultApprovalLimit the approval limit of an approver who has none of their own
 * @param idempotencyRetention how long an action's Idempotency-Key is remembered
 * @param rates                the value of one unit of a currency in the base currency, e.g.
 *                             {@code portalops.contracts.rates.USD=0.92}; set one to change it, add one to accept that
 *                             currency (it must also be in {@code portalops.currencies})
 */
@Validated
@ConfigurationProperties("portalops.contracts")
record ContractProperties(
        @DefaultValue("EUR") @NotNull @Pattern(regexp = "[A-Z]{3}")
        String baseCurrency,

        @DefaultValue("100000") @NotNull @Positive BigDecimal twoLevelThreshold,
        @DefaultValue("50000") @NotNull @Positive BigDecimal defaultApprovalLimit,
        @DefaultValue("PT24H") Duration idempotencyRetention,
        Map<String, @NotNull @Positive BigDecimal> rates) {

    /** The rates of the currencies contracts accept besides the base, unless configured otherwise. */
    static final Map<String, BigDecimal> DEFAULT_RATES = Map.of(
            "USD",
            new BigDecimal("0.92"),
            "GBP",
            new BigDecimal("1.17"),
            "SEK",
            new BigDecimal("0.087"),
            "NOK",
            new BigDecimal("0.085"),
            "DKK",
            new BigDecimal("0.134"),
            "CHF",
            new BigDecimal("1.05"),
            "PLN",
            new BigDecimal("0.23"));

    ContractProperties {
        if (!idempotencyRetention.isPositive()) {
            throw new IllegalArgumentException("portalops.contracts.idempotency-retention must be positive");
        }
        // configured rates override the defaults one by one; an environment variable's key arrives in lower case
        Map<String, BigDecimal> merged = new TreeMap<>(DEFAULT_RATES);
        if (rates != null) {
            rates.forEach((currency, rate) -> merged.put(currency.toUpperCase(Locale.ROOT), rate));
        }
        rates = Map.copyOf(merged);
    }
}
