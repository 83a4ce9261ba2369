package io.portalops.directory.demo;

import io.portalops.directory.EmploymentStatus;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;

/**
 * Generates the demo company: a CEO, a head per department, team leads (one per eight people) and their reports, with
 * a few people starting or leaving in the coming weeks and some who have left. Two people are linked to the demo
 * service admin and product admin logins. Deterministic for a given seed.
 */
final class DemoPeople {

    record Row(
            long id,
            String employeeNumber,
            String name,
            String email,
            String department,
            String title,
            @Nullable Long managerId,
            String location,
            EmploymentStatus status,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Long accountId) {}

    /** Department, share of the company in percent, and job titles. */
    static final String[][] DEPARTMENTS = {
        {
            "Engineering",
            "28",
            "Software Engineer",
            "Senior Software Engineer",
            "Staff Engineer",
            "QA Engineer",
            "DevOps Engineer"
        },
        {"Sales", "14", "Account Executive", "Sales Development Representative", "Solutions Consultant"},
        {"Customer Support", "11", "Support Specialist", "Senior Support Specialist", "Support Engineer"},
        {"Marketing", "8", "Marketing Manager", "Content Writer", "Growth Marketer", "Brand Designer"},
        {"Operations", "8", "Operations Analyst", "Office Manager", "Procurement Specialist"},
        {"Product", "6", "Product Manager", "Product Owner"},
        {"Design", "5", "Product Designer", "UX Researcher"},
        {"Finance", "5", "Accountant", "Financial Controller", "FP&A Analyst"},
        {"Data", "5", "Data Analyst", "Data Engineer", "Data Scientist"},
        {"People", "4", "HR Partner", "Recruiter", "People Operations Specialist"},
        {"IT", "4", "IT Administrator", "Security Engineer", "IT Support Technician"},
        {"Legal", "2", "Legal Counsel", "Compliance Officer"}
    };

    private static final String[] LOCATIONS = {
        "Stockholm",
        "Stockholm",
        "Stockholm",
        "Berlin",
        "Berlin",
        "London",
        "London",
        "Amsterdam",
        "Helsinki",
        "Oslo",
        "New York",
        "Remote",
        "Remote"
    };

    private final Random random;
    private final Faker faker;
    private final LocalDate today;
    private final Set<String> emails = new HashSet<>();
    private final List<Row> rows = new ArrayList<>();

    DemoPeople(Random random, Faker faker, LocalDate today) {
        this.random = random;
        this.faker = faker;
        this.today = today;
    }

    /** {@code logins}: username to account id of the demo logins to link (serviceadmin, productadmin), if present. */
    List<Row> generate(int size, Map<String, Long> logins) {
        add(
                "Chief Executive Officer",
                "Operations",
                null,
                faker.name().firstName(),
                faker.name().lastName(),
                null,
                null);
        Map<String, Long> heads = new HashMap<>();
        for (String[] department : DEPARTMENTS) {
            heads.put(
                    department[0],
                    add(
                            "Head of " + department[0],
                            department[0],
                            1L,
                            faker.name().firstName(),
                            faker.name().lastName(),
                            null,
                            null));
        }
        add(
                "IT Administrator",
                "IT",
                heads.get("IT"),
                "Sam",
                "Serviceadmin",
                "sam.serviceadmin@portalops.example",
                logins.get("serviceadmin"));
        add(
                "Product Specialist",
                "IT",
                heads.get("IT"),
                "Pia",
                "Productadmin",
                "pia.productadmin@portalops.example",
                logins.get("productadmin"));
        Map<String, List<Long>> leads = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        while (rows.size() < size) {
            String[] department = department();
            String name = department[0];
            int count = counts.merge(name, 1, Integer::sum);
            List<Long> teamLeads = leads.computeIfAbsent(name, k -> new ArrayList<>());
            if (count % 8 == 1) {
                teamLeads.add(add(
                        name + " Team Lead",
                        name,
                        heads.get(name),
                        faker.name().firstName(),
                        faker.name().lastName(),
                        null,
                        null));
            } else {
                String title = department[2 + random.nextInt(department.length - 2)];
                add(
                        title,
                        name,
                        teamLeads.get(random.nextInt(teamLeads.size())),
                        faker.name().firstName(),
                        faker.name().lastName(),
                        null,
                        null);
            }
        }
        return rows;
    }

    private long add(
            String title,
            String department,
            @Nullable Long managerId,
            String first,
            String last,
            @Nullable String email,
            @Nullable Long accountId) {
        long id = rows.size() + 1;
        if (email != null) {
            emails.add(email);
        }
        boolean fixed = id <= DEPARTMENTS.length + 3;
        int roll = fixed ? 99 : random.nextInt(100);
        EmploymentStatus status = roll < 3
                ? EmploymentStatus.PENDING_START
                : roll < 5 ? EmploymentStatus.LEAVING : roll < 9 ? EmploymentStatus.LEFT : EmploymentStatus.ACTIVE;
        LocalDate start = status == EmploymentStatus.PENDING_START
                ? today.plusDays(5 + random.nextInt(40))
                : today.minusDays(30 + random.nextInt(3600));
        LocalDate end = switch (status) {
            case LEAVING -> today.plusDays(5 + random.nextInt(40));
            case LEFT ->
                today.minusDays(1 + random.nextInt((int) Math.min(364, ChronoUnit.DAYS.between(start, today) - 1)));
            default -> null;
        };
        rows.add(new Row(
                id,
                String.format("E%05d", id),
                first + " " + last,
                email != null ? email : email(first, last),
                department,
                title,
                managerId,
                LOCATIONS[random.nextInt(LOCATIONS.length)],
                status,
                start,
                end,
                accountId));
        return id;
    }

    private String[] department() {
        int roll = random.nextInt(100);
        for (String[] department : DEPARTMENTS) {
            roll -= Integer.parseInt(department[1]);
            if (roll < 0) {
                return department;
            }
        }
        return DEPARTMENTS[0];
    }

    private String email(String first, String last) {
        String base = slug(first) + "." + slug(last);
        String email = base + "@portalops.example";
        for (int n = 2; !emails.add(email); n++) {
            email = base + n + "@portalops.example";
        }
        return email;
    }

    private static String slug(String value) {
        String slug = Normalizer.normalize(value, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
