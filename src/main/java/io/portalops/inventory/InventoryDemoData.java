package io.portalops.inventory;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds about 40 SaaS services with 150 products in the demo profile when there are none. The demo service admin
 * manages Google Workspace, Slack and GitHub; the demo product admin manages Gmail and Drive. Deterministic.
 */
@Component
@Profile("demo")
@Order(40)
class InventoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);
    private static final int PRODUCTS = 150;
    static final String[][] SERVICES = {
        {"Google Workspace", "Google", "Productivity", "Gmail", "Drive", "Meet", "Calendar"},
        {"Microsoft 365", "Microsoft", "Productivity", "Outlook", "Teams", "Excel", "OneDrive", "Power BI"},
        {"Slack", "Salesforce", "Communication", "Slack Business+", "Slack Connect"},
        {"Zoom", "Zoom", "Communication", "Meetings", "Webinars", "Rooms"},
        {"Atlassian Cloud", "Atlassian", "Engineering", "Jira", "Confluence", "Bitbucket", "Jira Service Management"},
        {"GitHub", "GitHub", "Engineering", "Enterprise", "Copilot", "Advanced Security"},
        {"Salesforce", "Salesforce", "Sales", "Sales Cloud", "Service Cloud", "Marketing Cloud"},
        {"HubSpot", "HubSpot", "Marketing", "Marketing Hub", "Sales Hub"},
        {"Figma", "Figma", "Design", "Figma Design", "FigJam", "Dev Mode"},
        {"Adobe Creative Cloud", "Adobe", "Design", "Photoshop", "Illustrator", "Acrobat Pro", "Premiere Pro"},
        {"Notion", "Notion Labs", "Productivity", "Notion Plus", "Notion AI"},
        {"Dropbox", "Dropbox", "Storage", "Business", "Sign"},
        {"Box", "Box", "Storage", "Business Plus"},
        {"Asana", "Asana", "Project management", "Advanced", "Portfolios"},
        {"Monday.com", "monday.com", "Project management", "Work Management", "CRM"},
        {"Okta", "Okta", "Security", "Workforce Identity", "Lifecycle Management"},
        {"1Password", "AgileBits", "Security", "Business"},
        {"DocuSign", "DocuSign", "Legal", "eSignature", "CLM"},
        {"Miro", "Miro", "Design", "Business"},
        {"Canva", "Canva", "Design", "Teams"},
        {"Zendesk", "Zendesk", "Support", "Suite Professional", "Talk"},
        {"Intercom", "Intercom", "Support", "Helpdesk", "Fin AI"},
        {"Datadog", "Datadog", "Engineering", "Infrastructure", "APM", "Log Management"},
        {"PagerDuty", "PagerDuty", "Engineering", "Business"},
        {"Snowflake", "Snowflake", "Data", "Enterprise"},
        {"Tableau", "Salesforce", "Data", "Creator", "Explorer", "Viewer"},
        {"Workday", "Workday", "HR", "HCM", "Payroll"},
        {"BambooHR", "BambooHR", "HR", "Pro"},
        {"Greenhouse", "Greenhouse", "HR", "Recruiting"},
        {"Lattice", "Lattice", "HR", "Performance", "Engagement"},
        {"Expensify", "Expensify", "Finance", "Control"},
        {"Xero", "Xero", "Finance", "Premium"},
        {"Loom", "Atlassian", "Communication", "Business"},
        {"Calendly", "Calendly", "Productivity", "Teams"},
        {"Airtable", "Airtable", "Productivity", "Business"},
        {"Smartsheet", "Smartsheet", "Project management", "Business"},
        {"Grammarly", "Grammarly", "Productivity", "Business"},
        {"Webex", "Cisco", "Communication", "Meetings"},
        {"Sentry", "Functional Software", "Engineering", "Business"},
        {"Postman", "Postman", "Engineering", "Professional"}
    };
    private static final String[] TIERS = {"Enterprise", "Viewer", "Add-on", "Sandbox", "API access"};

    private final SaasServiceRepository services;
    private final ProductRepository products;
    private final AccountService accounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    InventoryDemoData(
            SaasServiceRepository services,
            ProductRepository products,
            AccountService accounts,
            TransactionTemplate tx,
            Clock clock) {
        this.services = services;
        this.products = products;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (services.count() > 0) {
            return;
        }
        tx.executeWithoutResult(status -> seed());
    }

    private void seed() {
        Random random = new Random(42);
        Instant now = clock.instant();
        Set<Long> serviceAdmins = ids(accounts.withRole(Role.SERVICE_ADMIN), "serviceadmin");
        Set<Long> productAdmins = ids(accounts.withRole(Role.PRODUCT_ADMIN), "productadmin");
        List<Product> created = new ArrayList<>();
        for (int s = 0; s < SERVICES.length; s++) {
            String[] row = SERVICES[s];
            SaasService service = new SaasService(now);
            ServiceStatus status = s % 13 == 12
                    ? ServiceStatus.EVALUATING
                    : s % 17 == 16 ? ServiceStatus.RETIRED : ServiceStatus.ACTIVE;
            service.edit(
                    new ServiceForm(
                            row[0],
                            row[1],
                            row[2],
                            "https://www." + row[0].toLowerCase().replaceAll("[^a-z0-9]", "") + ".com",
                            status,
                            row[0] + " as used across the company."),
                    now);
            if (Set.of("Google Workspace", "Slack", "GitHub").contains(row[0])) {
                service.assignAdmins(serviceAdmins, now);
            }
            services.save(service);
            for (String name : productNames(s)) {
                Product product = new Product(service.getId(), now);
                LicenceModel model = random.nextInt(10) < 8
                        ? LicenceModel.PER_SEAT
                        : random.nextBoolean() ? LicenceModel.FLAT : LicenceModel.USAGE;
                boolean annual = random.nextInt(3) == 0;
                int seats = model == LicenceModel.PER_SEAT ? 10 + random.nextInt(60) * 10 : 0;
                String price = model == LicenceModel.PER_SEAT
                        ? (4 + random.nextInt(40)) + ".00"
                        : (500 + random.nextInt(40) * 250) + ".00";
                Money cost = Money.of(
                        annual
                                ? new BigDecimal(price)
                                        .multiply(BigDecimal.valueOf(12))
                                        .toPlainString()
                                : price,
                        random.nextInt(5) == 0 ? "USD" : "EUR");
                product.edit(
                        new ProductForm(name, model, seats, cost, annual ? BillingCycle.ANNUAL : BillingCycle.MONTHLY),
                        now);
                if (Set.of("Gmail", "Drive").contains(name) && row[0].equals("Google Workspace")) {
                    product.assignAdmins(productAdmins, now);
                }
                created.add(products.save(product));
            }
        }
        log.info("Demo data: {} SaaS services with {} products", SERVICES.length, created.size());
    }

    /** The products of the s-th demo service: its own, then tiers of the first until there are 150 in all. */
    static List<String> productNames(int s) {
        int base = Arrays.stream(SERVICES).mapToInt(r -> r.length - 3).sum();
        int extras = Math.max(PRODUCTS - base, 0);
        String[] row = SERVICES[s];
        List<String> names = new ArrayList<>(List.of(row).subList(3, row.length));
        int tiers = Math.min(extras / SERVICES.length + (s < extras % SERVICES.length ? 1 : 0), TIERS.length);
        for (int t = 0; t < tiers; t++) {
            names.add(row[3] + " " + TIERS[t]);
        }
        return names;
    }

    private static Set<Long> ids(List<AccountSummary> holders, String username) {
        return holders.stream()
                .filter(a -> a.username().equals(username))
                .map(AccountSummary::id)
                .collect(Collectors.toSet());
    }
}
