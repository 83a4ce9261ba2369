package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class PaymentDemoDataTest {

    @Autowired
    PaymentRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_demo_product_has_a_billing_record_and_the_demo_admins_see_highlights_on_first_run() {
        // demo products are those created before the first billing record (inventory's demo data runs first)
        Integer withoutRecord = jdbc.queryForObject(
                "select count(*) from product p where p.created_at < (select min(created_at) from billing_record) "
                        + "and not exists (select 1 from billing_record b where b.product_id = p.id)",
                Integer.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from product p where p.created_at < (select min(created_at) from billing_record)",
                        Integer.class))
                .isEqualTo(150);
        assertThat(withoutRecord).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment_invoice", Integer.class))
                .isPositive();

        List<PaymentListItem> serviceAdmin = users.as(
                        "serviceadmin", () -> register.search(PaymentFilter.none(), List.of(), 0, 500))
                .items();
        assertThat(serviceAdmin).anySatisfy(row -> {
            assertThat(row.productName()).isEqualTo("Gmail");
            assertThat(row.renewalDue()).isTrue();
        });
        assertThat(serviceAdmin).anySatisfy(row -> {
            assertThat(row.productName()).isEqualTo("Slack Business+");
            assertThat(row.cardExpiring()).isTrue();
        });
        List<PaymentListItem> all = users.as("admin", () -> register.search(PaymentFilter.none(), List.of(), 0, 500))
                .items();
        assertThat(all.stream().filter(PaymentListItem::renewalDue).count()).isBetween(5L, all.size() / 2L);
        assertThat(all.stream().filter(PaymentListItem::cardExpiring).count()).isBetween(2L, all.size() / 4L);

        List<PaymentListItem> productAdmin = users.as(
                        "productadmin", () -> register.search(PaymentFilter.none(), List.of(), 0, 500))
                .items();
        assertThat(productAdmin).extracting(PaymentListItem::productName).containsExactlyInAnyOrder("Gmail", "Drive");
        assertThat(productAdmin)
                .allSatisfy(row -> assertThat(row.cardExpiring()).isFalse());
    }
}
