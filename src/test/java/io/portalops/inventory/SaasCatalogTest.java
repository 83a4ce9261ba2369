package io.portalops.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SaasCatalogTest {

    @Autowired
    SaasCatalog catalog;

    @Autowired
    SeatLedger seats;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate tx;

    long account(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Test " + username, null, Set.of(role), "a-Long-enough-pass-1")));
        return accounts.byUsernames(Set.of(username)).get(username).id();
    }

    String username(long accountId) {
        return accounts.summaries(Set.of(accountId)).get(accountId).username();
    }

    ServiceDetails service(String name) {
        return users.as(
                "admin",
                () -> catalog.createService(new ServiceForm(
                        name + " " + UUID.randomUUID(),
                        "Vendor",
                        "Productivity",
                        "https://example.com",
                        ServiceStatus.ACTIVE,
                        null)));
    }

    ProductDetails product(long serviceId, int seatsPurchased) {
        return users.as(
                "admin",
                () -> catalog.createProduct(
                        serviceId,
                        new ProductForm(
                                "Seats " + UUID.randomUUID(),
                                LicenceModel.PER_SEAT,
                                seatsPurchased,
                                Money.of("12.00", "EUR"),
                                BillingCycle.MONTHLY)));
    }

    @Test
    void a_service_admin_sees_and_edits_only_their_services_and_a_product_admin_only_their_products() {
        ServiceDetails mine = service("Mine");
        ServiceDetails other = service("Other");
        ProductDetails myProduct = product(mine.id(), 10);
        ProductDetails otherProduct = product(other.id(), 10);
        long serviceAdmin = account(Role.SERVICE_ADMIN);
        long productAdmin = account(Role.PRODUCT_ADMIN);
        users.run("admin", () -> catalog.assignServiceAdmins(mine.id(), Set.of(serviceAdmin)));
        users.run(
                username(serviceAdmin),
                () -> catalog.assignProductAdmins(myProduct.product().id(), Set.of(productAdmin)));

        users.run(username(serviceAdmin), () -> {
            assertThat(catalog.services(ServiceFilter.none()))
                    .extracting(ServiceListItem::id)
                    .contains(mine.id())
                    .doesNotContain(other.id());
            assertThatThrownBy(() -> catalog.service(other.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> catalog.product(otherProduct.product().id()))
                    .isInstanceOf(NotFoundException.class);
            ProductDetails added = catalog.createProduct(
                    mine.id(),
                    new ProductForm("Added", LicenceModel.FLAT, 0, Money.of("99", "EUR"), BillingCycle.ANNUAL));
            assertThat(added.editable()).isTrue();
        });
        users.run(username(productAdmin), () -> {
            assertThat(catalog.products(ProductFilter.none()))
                    .extracting(ProductListItem::id)
                    .containsExactly(myProduct.product().id());
            assertThat(catalog.services(ServiceFilter.none()))
                    .extracting(ServiceListItem::id)
                    .containsExactly(mine.id());
            assertThat(catalog.product(myProduct.product().id()).editable()).isFalse();
            assertThatThrownBy(() -> catalog.updateProduct(myProduct.product().id(), myProduct.form()))
                    .isInstanceOf(RuleViolationException.class);
        });
        users.run(
                "analyst",
                () -> assertThatThrownBy(() -> catalog.services(ServiceFilter.none()))
                        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }

    @Test
    void the_seat_limit_refuses_the_seat_after_the_last_and_cutting_seats_below_those_held_is_refused() {
        ProductDetails product = product(service("Seats").id(), 2);
        long id = product.product().id();
        tx.executeWithoutResult(s -> seats.take(id));
        tx.executeWithoutResult(s -> seats.take(id));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> seats.take(id)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("No free seat");
        ProductDetails full = users.as("admin", () -> catalog.product(id));
        assertThat(full.product().seatsAssigned()).isEqualTo(2);
        assertThat(full.product().nearlyFull()).isTrue();
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> catalog.updateProduct(
                                id,
                                new ProductForm(
                                        full.product().name(),
                                        LicenceModel.PER_SEAT,
                                        1,
                                        full.product().cost(),
                                        BillingCycle.MONTHLY,
                                        full.version()))))
                .isInstanceOf(InvalidInputException.class);
        tx.executeWithoutResult(s -> seats.free(id));
        assertThat(users.as("admin", () -> catalog.product(id)).product().unusedSeats())
                .isEqualTo(1);
    }

    @Test
    void unused_seats_are_priced_per_month_and_annual_prices_divided_by_twelve() {
        ProductDetails product = users.as(
                "admin",
                () -> catalog.createProduct(
                        service("Money").id(),
                        new ProductForm(
                                "Annual", LicenceModel.PER_SEAT, 10, Money.of("120.00", "EUR"), BillingCycle.ANNUAL)));
        long id = product.product().id();
        tx.executeWithoutResult(s -> seats.take(id));
        ProductListItem item = users.as("admin", () -> catalog.product(id)).product();
        assertThat(item.monthlyCost()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(item.unusedMonthly()).isEqualTo(Money.of("90.00", "EUR"));
        assertThat(item.utilisation()).isEqualTo(0.1);
    }

    @Test
    void a_product_admin_sees_service_totals_over_their_own_products_only() {
        ServiceDetails service = service("Totals");
        ProductDetails mine = product(service.id(), 10);
        product(service.id(), 50);
        users.run(
                "admin",
                () -> catalog.createProduct(
                        service.id(),
                        new ProductForm(
                                "Flat " + UUID.randomUUID(),
                                LicenceModel.FLAT,
                                0,
                                Money.of("500.00", "EUR"),
                                BillingCycle.MONTHLY)));
        long productAdmin = account(Role.PRODUCT_ADMIN);
        users.run("admin", () -> catalog.assignProductAdmins(mine.product().id(), Set.of(productAdmin)));

        ServiceListItem asAdmin = users.as("admin", () -> catalog.services(ServiceFilter.none())).stream()
                .filter(s -> s.id() == service.id())
                .findFirst()
                .orElseThrow();
        assertThat(asAdmin.productCount()).isEqualTo(3);
        ServiceListItem asProductAdmin = users.as(username(productAdmin), () -> catalog.services(ServiceFilter.none()))
                .getFirst();
        assertThat(asProductAdmin.id()).isEqualTo(service.id());
        assertThat(asProductAdmin.productCount()).isEqualTo(1);
        assertThat(asProductAdmin.seatsPurchased()).isEqualTo(10);
        assertThat(asProductAdmin.monthlyCost()).containsExactly(Money.of("120.00", "EUR"));
        assertThat(asProductAdmin.unusedMonthly()).containsExactly(Money.of("120.00", "EUR"));
    }
}
