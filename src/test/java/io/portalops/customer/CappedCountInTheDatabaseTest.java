package io.portalops.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.paging.CappedCount;
import io.portalops.shared.paging.RowCount;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The capped count of a criteria query (ADR 036, ADR 060): exact below its cap, "at least the cap" beyond it. */
@SpringBootTest
@Transactional
class CappedCountInTheDatabaseTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_count_past_its_cap_says_at_least_the_cap_and_one_below_is_exact() {
        long customers = jdbc.queryForObject("select count(*) from customer", Long.class);
        assertThat(customers).isGreaterThan(3);

        RowCount capped = CappedCount.of(entityManager, Customer.class, (cb, query, customer) -> List.of(), 3);
        assertThat(capped).isEqualTo(new RowCount(3, true));
        assertThat(capped.label()).isEqualTo("3+");

        RowCount all =
                CappedCount.of(entityManager, Customer.class, (cb, query, customer) -> List.of(), (int) customers);
        assertThat(all).as("exactly at the cap is exact").isEqualTo(RowCount.exact(customers));

        String name = jdbc.queryForObject("select name from customer order by id limit 1", String.class);
        long named = jdbc.queryForObject("select count(*) from customer where name = ?", Long.class, name);
        RowCount byName = CappedCount.of(
                entityManager,
                Customer.class,
                (cb, query, customer) -> List.of(cb.equal(customer.get("name"), name)),
                RowCount.CAP);
        assertThat(byName).isEqualTo(RowCount.exact(named));
    }
}
