package io.portalops.contract;

import io.portalops.shared.Money;
import io.portalops.shared.PortalOpsProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    ApprovalPolicy(ContractProperties properties, PortalOpsProperties app) {
        this.baseCurrency = properties.baseCurrency();
        this.twoLevelThreshold = properties.twoLevelThreshold();
        this.defaultLimit = properties.defaultApprovalLimit();
        ratesToBase.put(baseCurrency, BigDecimal.ONE);
        for (String currency : app.currencies()) {
            BigDecimal rate = properties.rates().get(currency);
            if (rate != null && !currency.equals(baseCurrency)) {
                ratesToBase.put(currency, rate);
            }
        }
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    public Set<String> currencies() {
        return ratesToBase.keySet();
    }

    /** Each accepted currency's rate to the base currency (the base itself at 1). */
    public Map<String, BigDecimal> ratesToBase() {
        return java.util.Collections.unmodifiableMap(ratesToBase);
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
