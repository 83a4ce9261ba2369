package io.portalops.directory.demo;

import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.ProductRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generates the demo access grants within each per-seat product's purchased seats: most products 40 to 90 % used,
 * one in ten full. Tools go mostly to the departments that use them. People about to start have requested access,
 * people who left have revoked grants, and some revoked grants of current staff make up the history.
 */
final class DemoGrants {

    record Row(
            long id,
            long personId,
            long productId,
            @Nullable String role,
            GrantStatus status,
            Instant requestedAt,
            @Nullable Instant grantedAt,
            @Nullable Instant revokedAt,
            @Nullable String note) {}

    private static final Map<String, List<String>> USERS = Map.ofEntries(
            Map.entry("GitHub", List.of("Engineering", "Data", "IT")),
            Map.entry("Atlassian Cloud", List.of("Engineering", "Product", "Design", "IT")),
            Map.entry("Datadog", List.of("Engineering", "IT")),
            Map.entry("PagerDuty", List.of("Engineering", "IT")),
            Map.entry("Sentry", List.of("Engineering")),
            Map.entry("Postman", List.of("Engineering")),
            Map.entry("Salesforce", List.of("Sales", "Customer Support")),
            Map.entry("HubSpot", List.of("Marketing", "Sales")),
            Map.entry("Figma", List.of("Design", "Product", "Marketing")),
            Map.entry("Adobe Creative Cloud", List.of("Design", "Marketing")),
            Map.entry("Canva", List.of("Marketing", "Design")),
            Map.entry("Zendesk", List.of("Customer Support")),
            Map.entry("Intercom", List.of("Customer Support", "Sales")),
            Map.entry("Workday", List.of("People", "Finance")),
            Map.entry("BambooHR", List.of("People")),
            Map.entry("Greenhouse", List.of("People")),
            Map.entry("Expensify", List.of("Finance")),
            Map.entry("Xero", List.of("Finance")),
            Map.entry("Snowflake", List.of("Data", "Engineering")),
            Map.entry("Tableau", List.of("Data", "Finance", "Sales")));
    private static final String[] ROLES = {"User", "User", "User", "User", "Editor", "Viewer", "Admin"};

    private final Random random;
    private final Instant now;
    private final List<Row> rows = new ArrayList<>();

    DemoGrants(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    /** {@code limits}: purchased seats of the per-seat products; others take 40 to 200 holders. */
    List<Row> generate(List<DemoPeople.Row> people, List<ProductRef> products, Map<Long, Integer> limits) {
        List<DemoPeople.Row> working = people.stream()
                .filter(p -> p.status() == EmploymentStatus.ACTIVE || p.status() == EmploymentStatus.LEAVING)
                .toList();
        Map<String, List<DemoPeople.Row>> byDepartment = new HashMap<>();
        working.forEach(p -> byDepartment
                .computeIfAbsent(p.department(), k -> new ArrayList<>())
                .add(p));
        for (ProductRef product : products) {
            Integer limit = limits.get(product.id());
            int target = limit == null
                    ? 40 + random.nextInt(161)
                    : random.nextInt(10) == 0 ? limit : (int) (limit * (0.4 + 0.5 * random.nextDouble()));
            List<DemoPeople.Row> preferred = USERS.getOrDefault(product.serviceName(), List.of()).stream()
                    .flatMap(d -> byDepartment.getOrDefault(d, List.of()).stream())
                    .toList();
            Set<Long> holders = new HashSet<>();
            for (int attempt = 0;
                    holders.size() < Math.min(target, working.size()) && attempt < target * 20;
                    attempt++) {
                List<DemoPeople.Row> pool = !preferred.isEmpty() && random.nextInt(10) < 8 ? preferred : working;
                DemoPeople.Row person = pool.get(random.nextInt(pool.size()));
                if (holders.add(person.id())) {
                    Instant granted = since(person);
                    add(
                            person.id(),
                            product.id(),
                            GrantStatus.ACTIVE,
                            granted.minus(1 + random.nextInt(72), ChronoUnit.HOURS),
                            granted,
                            null,
                            null);
                }
            }
        }
        for (DemoPeople.Row person : people) {
            switch (person.status()) {
                case PENDING_START ->
                    distinct(products, 2 + random.nextInt(3))
                            .forEach(product -> add(
                                    person.id(),
                                    product,
                                    GrantStatus.REQUESTED,
                                    now.minus(1 + random.nextInt(240), ChronoUnit.HOURS),
                                    null,
                                    null,
                                    "Onboarding"));
                case LEFT ->
                    distinct(products, 3 + random.nextInt(4)).forEach(product -> {
                        Instant granted = since(person);
                        add(
                                person.id(),
                                product,
                                GrantStatus.REVOKED,
                                granted.minus(2, ChronoUnit.HOURS),
                                granted,
                                Objects.requireNonNull(person.endDate(), "a person who left has an end date")
                                        .atTime(17, 0)
                                        .toInstant(ZoneOffset.UTC),
                                "Left the company");
                    });
                default -> {
                    if (random.nextInt(10) < 4) {
                        Instant granted = since(person);
                        long product =
                                products.get(random.nextInt(products.size())).id();
                        Instant revoked = granted.plus(
                                1 + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(granted, now))),
                                ChronoUnit.DAYS);
                        add(
                                person.id(),
                                product,
                                GrantStatus.REVOKED,
                                granted.minus(3, ChronoUnit.HOURS),
                                granted,
                                revoked.isAfter(now) ? now : revoked,
                                "No longer needed");
                    }
                }
            }
        }
        return rows;
    }

    private void add(
            long personId,
            long productId,
            GrantStatus status,
            Instant requested,
            @Nullable Instant granted,
            @Nullable Instant revoked,
            @Nullable String note) {
        rows.add(new Row(
                rows.size() + 1,
                personId,
                productId,
                ROLES[random.nextInt(ROLES.length)],
                status,
                requested,
                granted,
                revoked,
                note));
    }

    /** When a person's access began: some time after they started, and not in the future. */
    private Instant since(DemoPeople.Row person) {
        Instant start = person.startDate().atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant until = person.endDate() != null && person.status() == EmploymentStatus.LEFT
                ? person.endDate().atTime(9, 0).toInstant(ZoneOffset.UTC)
                : now;
        long days = Math.max(1, ChronoUnit.DAYS.between(start, until));
        Instant at = start.plus(random.nextInt((int) Math.min(days, 900)), ChronoUnit.DAYS)
                .plus(random.nextInt(8), ChronoUnit.HOURS);
        return at.isAfter(until) ? until.minus(1, ChronoUnit.HOURS) : at;
    }

    private List<Long> distinct(List<ProductRef> products, int count) {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, products.size())) {
            chosen.add(products.get(random.nextInt(products.size())).id());
        }
        return List.copyOf(chosen);
    }
}
