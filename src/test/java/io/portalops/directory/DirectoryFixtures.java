package io.portalops.directory;

import io.portalops.TestUsers;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductDetails;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceDetails;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceStatus;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Services, products, scoped admins and people of their own, so that directory tests never depend on (or change) the
 * demo admins' scope. Product names start with "Seats ", which InventoryDemoDataTest leaves out of its demo count.
 * Every account gets {@link #PASSWORD}, already changed, so that it can sign in to the API too.
 */
@Component
public class DirectoryFixtures {

    public static final String PASSWORD = "Fixture-pass-2718";

    private final TestUsers users;
    private final SaasCatalog catalog;
    private final AccountService accounts;
    private final PersonService people;

    DirectoryFixtures(TestUsers users, SaasCatalog catalog, AccountService accounts, PersonService people) {
        this.users = users;
        this.catalog = catalog;
        this.accounts = accounts;
        this.people = people;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public ServiceDetails service() {
        return users.as(
                "admin",
                () -> catalog.createService(new ServiceForm(
                        "Fixture service " + unique(),
                        "Vendor",
                        "Productivity",
                        "https://example.com",
                        ServiceStatus.ACTIVE,
                        null)));
    }

    public long product(long serviceId, LicenceModel model, int seats) {
        ProductDetails product = users.as(
                "admin",
                () -> catalog.createProduct(
                        serviceId,
                        new ProductForm(
                                "Seats fixture " + unique(),
                                model,
                                seats,
                                Money.of("10.00", "EUR"),
                                BillingCycle.MONTHLY)));
        return product.product().id();
    }

    /** A new account holding the role, signed in once so that its password is its own; returns the username. */
    public String account(Role role) {
        String username = "fx-" + role.name().toLowerCase().replace('_', '-') + "-" + unique();
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Fixture " + username, null, Set.of(role), "Initial-pass-3141")));
        users.run(username, () -> accounts.changeOwnPassword("Initial-pass-3141", PASSWORD));
        return username;
    }

    public long accountId(String username) {
        return accounts.byUsernames(Set.of(username)).get(username).id();
    }

    /**
     * One account per {@link SaasCaller}: fresh service and product admins of {@code service}/{@code product} and of
     * {@code otherService}/{@code otherProduct}, a fresh auditor, and the demo logins for the other roles.
     */
    public java.util.Map<SaasCaller, String> saasCallers(
            long service, long otherService, long product, long otherProduct) {
        java.util.Map<SaasCaller, String> usernames = new java.util.EnumMap<>(SaasCaller.class);
        usernames.put(SaasCaller.ADMIN, "admin");
        usernames.put(SaasCaller.SERVICE_ADMIN_IN_SCOPE, account(Role.SERVICE_ADMIN));
        serviceAdmin(usernames.get(SaasCaller.SERVICE_ADMIN_IN_SCOPE), service);
        usernames.put(SaasCaller.SERVICE_ADMIN_ELSEWHERE, account(Role.SERVICE_ADMIN));
        serviceAdmin(usernames.get(SaasCaller.SERVICE_ADMIN_ELSEWHERE), otherService);
        usernames.put(SaasCaller.PRODUCT_ADMIN_IN_SCOPE, account(Role.PRODUCT_ADMIN));
        productAdmin(usernames.get(SaasCaller.PRODUCT_ADMIN_IN_SCOPE), product);
        usernames.put(SaasCaller.PRODUCT_ADMIN_ELSEWHERE, account(Role.PRODUCT_ADMIN));
        productAdmin(usernames.get(SaasCaller.PRODUCT_ADMIN_ELSEWHERE), otherProduct);
        usernames.put(SaasCaller.ACCOUNT_MANAGER, "manager");
        usernames.put(SaasCaller.ANALYST, "analyst");
        usernames.put(SaasCaller.APPROVER, "approver");
        usernames.put(SaasCaller.AUDITOR, account(Role.AUDITOR));
        return usernames;
    }

    public void serviceAdmin(String username, long serviceId) {
        users.run("admin", () -> catalog.assignServiceAdmins(serviceId, Set.of(accountId(username))));
    }

    public void productAdmin(String username, long productId) {
        users.run("admin", () -> catalog.assignProductAdmins(productId, Set.of(accountId(username))));
    }

    public static PersonForm form(String name, EmploymentStatus status) {
        String key = unique();
        return new PersonForm(
                "T-" + key,
                name,
                name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + key + "@example.com",
                "Testing",
                "Tester",
                null,
                "Stockholm",
                status,
                LocalDate.now().minusYears(1),
                switch (status) {
                    case LEAVING -> LocalDate.now().plusDays(10);
                    case LEFT -> LocalDate.now().minusDays(10);
                    default -> null;
                },
                null,
                null);
    }

    public PersonDetails person(String name) {
        return users.as("admin", () -> people.create(form(name, EmploymentStatus.ACTIVE)));
    }
}
