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

/** The contract currencies come from the one currency list and the rates; a rate set alone keeps the other defaults. */
class ContractPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ContractProperties.class, PortalOpsProperties.class})
    @Import(ApprovalPolicy.class)
    static class Policy {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Policy.class);

    @Test
    void by_default_contracts_accept_the_base_currency_and_the_seven_with_a_default_rate() {
        runner.run(context -> {
            ApprovalPolicy policy = context.getBean(ApprovalPolicy.class);
            assertThat(policy.currencies()).containsExactly("CHF", "DKK", "EUR", "GBP", "NOK", "PLN", "SEK", "USD");
            assertThat(policy.accepts("JPY"))
                    .as("in the list, but without a rate")
                    .isFalse();
            assertThat(policy.toBase(new Money(new BigDecimal("100"), "USD"))).isEqualByComparingTo("92.00");
            assertThat(policy.defaultLimit()).isEqualByComparingTo("50000");
            assertThat(policy.twoLevelThreshold()).isEqualByComparingTo("100000");
        });
    }

    @Test
    void one_configured_rate_replaces_only_its_own_default_whatever_the_case_of_its_key() {
        runner.withPropertyValues("portalops.contracts.rates.usd=1.5", "portalops.contracts.rates.JPY=0.0061")
                .run(context -> {
                    ApprovalPolicy policy = context.getBean(ApprovalPolicy.class);
                    assertThat(policy.toBase(new Money(new BigDecimal("100"), "USD")))
                            .isEqualByComparingTo("150.00");
                    assertThat(policy.toBase(new Money(new BigDecimal("100"), "GBP")))
                            .isEqualByComparingTo("117.00");
                    assertThat(policy.accepts("JPY")).isTrue();
                });
    }

    @Test
    void a_currency_left_out_of_the_list_is_no_contract_currency_even_with_a_rate() {
        runner.withPropertyValues("portalops.currencies=EUR,USD").run(context -> {
            assertThat(context.getBean(ApprovalPolicy.class).currencies()).containsExactly("EUR", "USD");
        });
    }

    @Test
    void a_negative_rate_stops_the_start_and_names_the_key() {
        runner.withPropertyValues("portalops.contracts.rates.USD=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContainingAll("portalops.contracts.rates", "must be greater than 0");
        });
    }
}
