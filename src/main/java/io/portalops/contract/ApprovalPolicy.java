package io.portalops.contract;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How many approvals a contract needs and whose limit covers it. Limits and the two-level threshold are in one base
 * currency; contract values convert with configured rates (ADR 005), so only configured currencies are accepted.
 */
@Component
public class ApprovalPolicy {

    private final String baseCurrency;
    private final BigDecimal twoLevelThreshold;
    private final BigDecimal defaultLimit;
    private final Map<String, BigDecimal> ratesToBase = new TreeMap<>();

    ApprovalPolicy(Environment environment,
            @Value("${portalops.contracts.base-currency:EUR}") String baseCurrency,
            @Value("${portalops.contracts.two-level-threshold:100000}") BigDecimal twoLevelThreshold,
            @Value("${portalops.contracts.default-approval-limit:50000}") BigDecimal defaultLimit) {
        this.baseCurrency = baseCurrency;
        this.twoLevelThreshold = twoLevelThreshold;
        this.defaultLimit = defaultLimit;
        ratesToBase.put(baseCurrency, BigDecimal.ONE);
        Map<String, String> defaults = Map.of("USD", "0.92", "GBP", "1.17", "SEK", "0.087", "NOK", "0.085", "DKK", "0.134",
                "CHF", "1.05", "PLN", "0.23");
        defaults.forEach((currency, rate) -> {
            if (!currency.equals(baseCurrency)) {
                ratesToBase.put(currency, new BigDecimal(environment.getProperty("portalops.contracts.rates." + currency, rate)));
            }
        });
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    public Set<String> currencies() {
        return ratesToBase.keySet();
    }

    public boolean accepts(String currency) {
        return ratesToBase.containsKey(currency);
    }

    public BigDecimal toBase(Money value) {
        BigDecimal rate = ratesToBase.get(value.currency());
        if (rate == null) {
            throw new IllegalArgumentException("No exchange rate for " + value.currency());
        }
        return value.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    public int requiredApprovals(Money value) {
        return toBase(value).compareTo(twoLevelThreshold) > 0 ? 2 : 1;
    }

    public BigDecimal defaultLimit() {
        return defaultLimit;
    }

    public BigDecimal twoLevelThreshold() {
        return twoLevelThreshold;
    }
}
