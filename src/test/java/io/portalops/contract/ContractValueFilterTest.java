package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Value from 100000" means 100,000 in the base currency: SEK 142,807 is about EUR 12,400 and does not match. */
@SpringBootTest
class ContractValueFilterTest {

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void value_bounds_are_in_the_base_currency_and_other_currencies_are_converted() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        String title = "Value filter " + UUID.randomUUID().toString().substring(0, 8);
        ContractDetails sek = users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        title,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("142807"),
                        "SEK",
                        LocalDate.now(),
                        LocalDate.now().plusYears(1),
                        false,
                        30,
                        null)));
        BigDecimal inBase = contracts.policy().toBase(sek.value());
        assertThat(contracts.policy().baseCurrency()).isEqualTo("EUR");
        assertThat(inBase).isLessThan(new BigDecimal("100000"));

        assertThat(numbers(withValue(title, new BigDecimal("100000"), null)))
                .as("SEK 142,807 is not 100,000 or more in EUR")
                .doesNotContain(sek.number());
        assertThat(numbers(withValue(title, inBase.subtract(BigDecimal.ONE), inBase.add(BigDecimal.ONE))))
                .as("matched at its converted value")
                .containsExactly(sek.number());
        assertThat(numbers(withValue(title, null, new BigDecimal("142806"))))
                .as("the upper bound is converted too")
                .containsExactly(sek.number());
    }

    private List<ContractListItem> withValue(String title, BigDecimal min, BigDecimal max) {
        ContractFilter filter = new ContractFilter(null, null, null, min, max, null, null, null, title, false);
        return users.as(
                "admin", () -> contracts.search(filter, List.of(), 0, 50).items());
    }

    private static List<String> numbers(List<ContractListItem> rows) {
        return rows.stream().map(ContractListItem::number).toList();
    }
}
