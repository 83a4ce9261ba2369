package io.portalops.payment;

import io.portalops.TestUsers;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceStatus;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A SaaS service with its own admins and a second service with others, so that every role of the RBAC matrix exists:
 * ADMIN, the product's service admin, another service's admin, the product's product admin, another product's product
 * admin, and the roles without any SaaS scope. {@link #target()} makes a fresh product with a billing record and an
 * invoice, so that a test case may change or delete it.
 */
public final class PaymentFixtures {

    /** The password of the fixture's accounts, changed from the initial one so that they may use the API. */
    public static final String PASSWORD = "a-Long-enough-pass-1";

    private static final String INITIAL_PASSWORD = "an-Initial-pass-0";
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    /** Every role of the matrix, relative to the target product. */
    public enum Caller {
        ADMIN,
        SERVICE_ADMIN_OF_ITS_SERVICE,
        SERVICE_ADMIN_OF_ANOTHER_SERVICE,
        PRODUCT_ADMIN_OF_IT,
        PRODUCT_ADMIN_OF_ANOTHER_PRODUCT,
        ACCOUNT_MANAGER,
        ANALYST,
        APPROVER,
        AUDITOR
    }

    public record Target(long productId, long recordId, long invoiceId) {}

    private final SaasCatalog catalog;
    private final PaymentRegister register;
    private final PaymentInvoices invoices;
    private final TestUsers users;
    private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    private final long productAdminId;
    public final long serviceId;
    public final long otherServiceId;
    public final long otherProductId;

    public PaymentFixtures(ApplicationContext context) {
        this.catalog = context.getBean(SaasCatalog.class);
        this.register = context.getBean(PaymentRegister.class);
        this.invoices = context.getBean(PaymentInvoices.class);
        this.users = context.getBean(TestUsers.class);
        AccountService accounts = context.getBean(AccountService.class);
        String token = UUID.randomUUID().toString().substring(0, 8);
        usernames.put(Caller.ADMIN, "admin");
        usernames.put(Caller.ACCOUNT_MANAGER, "manager");
        usernames.put(Caller.ANALYST, "analyst");
        usernames.put(Caller.APPROVER, "approver");
        usernames.put(Caller.SERVICE_ADMIN_OF_ITS_SERVICE, account(accounts, "pay-sa-" + token, Role.SERVICE_ADMIN));
        usernames.put(
                Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE, account(accounts, "pay-sa2-" + token, Role.SERVICE_ADMIN));
        usernames.put(Caller.PRODUCT_ADMIN_OF_IT, account(accounts, "pay-pa-" + token, Role.PRODUCT_ADMIN));
        usernames.put(
                Caller.PRODUCT_ADMIN_OF_ANOTHER_PRODUCT, account(accounts, "pay-pa2-" + token, Role.PRODUCT_ADMIN));
        usernames.put(Caller.AUDITOR, account(accounts, "pay-aud-" + token, Role.AUDITOR));
        Map<String, Long> ids = users.as("admin", () -> accounts.byUsernames(usernames.values())).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().id()));
        productAdminId = ids.get(username(Caller.PRODUCT_ADMIN_OF_IT));
        serviceId = users.as("admin", () -> {
            long id = catalog.createService(service("Payments " + token)).id();
            catalog.assignServiceAdmins(id, Set.of(ids.get(username(Caller.SERVICE_ADMIN_OF_ITS_SERVICE))));
            return id;
        });
        otherServiceId = users.as("admin", () -> {
            long id = catalog.createService(service("Other payments " + token)).id();
            catalog.assignServiceAdmins(id, Set.of(ids.get(username(Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE))));
            long product = catalog.createProduct(id, product("Other")).product().id();
            catalog.assignProductAdmins(product, Set.of(ids.get(username(Caller.PRODUCT_ADMIN_OF_ANOTHER_PRODUCT))));
            return id;
        });
        otherProductId = users.as(
                        "admin", () -> catalog.products(io.portalops.inventory.ProductFilter.ofService(otherServiceId)))
                .getFirst()
                .id();
    }

    public String username(Caller caller) {
        return usernames.get(caller);
    }

    /** A new product of the fixture's service, administered by the product admin of the matrix, without a record. */
    public long newProduct() {
        return users.as("admin", () -> {
            long id = catalog.createProduct(serviceId, product("Product"))
                    .product()
                    .id();
            catalog.assignProductAdmins(id, Set.of(productAdminId));
            return id;
        });
    }

    /** A new product with a card-paid billing record (renewal in 40 days, 1 month notice, card expiring this month) and an invoice. */
    public Target target() {
        long productId = newProduct();
        return users.as("admin", () -> {
            BillingDetails record =
                    register.create(cardForm(productId, LocalDate.now().plusDays(40), YearMonth.now()));
            InvoiceInfo invoice =
                    invoices.upload(record.id(), invoiceForm(), "invoice.pdf", new ByteArrayInputStream(PDF));
            return new Target(productId, record.id(), invoice.id());
        });
    }

    public static BillingForm cardForm(long productId, LocalDate renewal, YearMonth expiry) {
        return new BillingForm(
                productId,
                BillingCycle.ANNUAL,
                new BigDecimal("1200.00"),
                "EUR",
                renewal,
                true,
                1,
                NoticeUnit.MONTHS,
                "PO-2025-0042",
                PaymentMethod.CARD,
                "Jane Doe",
                CardBrand.VISA,
                "4242",
                expiry.getMonthValue(),
                expiry.getYear(),
                "Paid by the team card",
                null);
    }

    public static BillingForm invoiceForm(long productId, LocalDate renewal) {
        return new BillingForm(
                productId,
                BillingCycle.MONTHLY,
                new BigDecimal("99.00"),
                "USD",
                renewal,
                false,
                30,
                NoticeUnit.DAYS,
                null,
                PaymentMethod.INVOICE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static InvoiceForm invoiceForm() {
        return new InvoiceForm(LocalDate.now().minusDays(3), new BigDecimal("1200.00"), "EUR", "INV-2025-17");
    }

    private String account(AccountService accounts, String username, Role role) {
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Test " + username, null, Set.of(role), INITIAL_PASSWORD)));
        users.run(username, () -> accounts.changeOwnPassword(INITIAL_PASSWORD, PASSWORD));
        return username;
    }

    private static ServiceForm service(String name) {
        return new ServiceForm(name, "Vendor", "Finance", "https://example.com", ServiceStatus.ACTIVE, null);
    }

    private static ProductForm product(String name) {
        return new ProductForm(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                LicenceModel.FLAT,
                0,
                Money.of("100.00", "EUR"),
                BillingCycle.ANNUAL);
    }
}
