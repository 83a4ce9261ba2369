package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.Money;
import io.portalops.shared.PortalOpsProperties;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The raw-amount bounds beside a value range (ADR 060) never exclude a contract the exact test would match: every
 * amount whose converted value is in the range lies within them, in every currency and for negative bounds too.
 */
class ValueBoundsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ContractProperties.class, PortalOpsProperties.class})
    @Import(ApprovalPolicy.class)
    static class Policy {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Policy.class)
            .withPropertyValues("portalops.contracts.rates.GBP=1.1713", "portalops.contracts.rates.SEK=0.0871");

    @Test
    void an_amount_converted_exactly_to_the_lower_bound_lies_within_the_raw_bound_in_every_currency() {
        runner.run(context -> {
            ApprovalPolicy policy = context.getBean(ApprovalPolicy.class);
            BigDecimal min = new BigDecimal("100000");
            BigDecimal lowest = ValueBounds.lowest(min, policy);
            assertThat(lowest).as("100,000 over the highest rate, GBP's").isEqualByComparingTo("85375.224109");
            policy.ratesToBase().forEach((currency, rate) -> {
                BigDecimal atTheBound = min.divide(rate, 10, java.math.RoundingMode.CEILING);
                assertThat(atTheBound.multiply(rate)).isGreaterThanOrEqualTo(min);
                assertThat(atTheBound).as(currency).isGreaterThanOrEqualTo(lowest);
            });
            assertThat(policy.toBase(new Money(new BigDecimal("85375.23"), "GBP")))
                    .as("just above the raw bound in GBP converts to 100,000")
                    .isGreaterThanOrEqualTo(min);
        });
    }

    @Test
    void the_upper_bound_uses_the_lowest_rate_and_negative_bounds_swap_which_rate_binds() {
        runner.run(context -> {
            ApprovalPolicy policy = context.getBean(ApprovalPolicy.class);
            BigDecimal lowestRate = policy.ratesToBase().values().stream()
                    .min(BigDecimal::compareTo)
                    .orElseThrow();
            BigDecimal highestRate = policy.ratesToBase().values().stream()
                    .max(BigDecimal::compareTo)
                    .orElseThrow();
            assertThat(ValueBounds.highest(new BigDecimal("1000"), policy))
                    .isEqualByComparingTo(new BigDecimal("1000").divide(lowestRate, 6, java.math.RoundingMode.CEILING));
            assertThat(ValueBounds.lowest(new BigDecimal("-1000"), policy))
                    .as("a negative lower bound is loosest at the lowest rate")
                    .isEqualByComparingTo(new BigDecimal("-1000").divide(lowestRate, 6, java.math.RoundingMode.FLOOR));
            assertThat(ValueBounds.highest(new BigDecimal("-1000"), policy))
                    .as("a negative upper bound is loosest at the highest rate")
                    .isEqualByComparingTo(
                            new BigDecimal("-1000").divide(highestRate, 6, java.math.RoundingMode.CEILING));
        });
    }
}
