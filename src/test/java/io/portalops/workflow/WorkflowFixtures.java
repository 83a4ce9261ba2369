package io.portalops.workflow;

import io.portalops.TestUsers;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantListItem;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.directory.PersonForm;
import io.portalops.directory.PersonService;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A department of its own per test (so that profiles never reach other tests' people), products on a fixture service,
 * and people moved through their employment as an ADMIN would.
 */
@Component
public class WorkflowFixtures {

    private final DirectoryFixtures directory;
    private final TestUsers users;
    private final AccessProfiles profiles;
    private final PersonService people;
    private final AccessGrantService grants;
    private final SaasCatalog catalog;
    private final WorkflowService workflow;

    WorkflowFixtures(
            DirectoryFixtures directory,
            TestUsers users,
            AccessProfiles profiles,
            PersonService people,
            AccessGrantService grants,
            SaasCatalog catalog,
            WorkflowService workflow) {
        this.directory = directory;
        this.users = users;
        this.profiles = profiles;
        this.people = people;
        this.grants = grants;
        this.catalog = catalog;
        this.workflow = workflow;
    }

    public static String department() {
        return "Dept " + DirectoryFixtures.unique();
    }

    public long service() {
        return directory.service().id();
    }

    public long product(long serviceId, LicenceModel model, int seats) {
        return directory.product(serviceId, model, seats);
    }

    public long product(long serviceId, int seats, String price, BillingCycle cycle) {
        return users.as(
                        "admin",
                        () -> catalog.createProduct(
                                serviceId,
                                new ProductForm(
                                        "Seats fixture " + DirectoryFixtures.unique(),
                                        LicenceModel.PER_SEAT,
                                        seats,
                                        Money.of(price, "EUR"),
                                        cycle)))
                .product()
                .id();
    }

    public AccessProfileItem profile(String department, @Nullable String title, Long... products) {
        return users.as(
                "admin",
                () -> profiles.create(new AccessProfileForm(
                        "Profile " + DirectoryFixtures.unique(), department, title, Set.of(products), null)));
    }

    public PersonDetails person(
            String name,
            String department,
            @Nullable String title,
            EmploymentStatus status,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {
        PersonForm base = DirectoryFixtures.form(name, EmploymentStatus.ACTIVE);
        String email = "wf." + DirectoryFixtures.unique() + "@example.com";
        return users.as(
                "admin",
                () -> people.create(new PersonForm(
                        base.employeeNumber(),
                        name,
                        email,
                        department,
                        title,
                        null,
                        "Stockholm",
                        status,
                        start,
                        end,
                        null,
                        null)));
    }

    /** Saves the person again with another status and dates, as the person page would. */
    public PersonDetails move(
            long personId, EmploymentStatus status, @Nullable LocalDate start, @Nullable LocalDate end) {
        return users.as("admin", () -> {
            PersonForm f = people.get(personId).form();
            return people.update(
                    personId,
                    new PersonForm(
                            f.employeeNumber(),
                            f.name(),
                            f.email(),
                            f.department(),
                            f.title(),
                            f.managerId(),
                            f.location(),
                            status,
                            start,
                            end,
                            f.accountId(),
                            f.version()));
        });
    }

    public GrantListItem grant(long personId, long productId, GrantStatus status) {
        return users.as("admin", () -> grants.create(new GrantRequest(personId, productId, null, status, null)));
    }

    public List<GrantListItem> grantsOf(long personId) {
        return users.as("admin", () -> grants.ofPerson(personId));
    }

    public List<TaskListItem> tasksOf(long personId) {
        return users.as(
                "admin",
                () -> workflow.search(new TaskFilter(null, null, personId, null, null, null, null), 0, 100)
                        .items());
    }

    public List<RunListItem> runsOf(long personId) {
        return users.as("admin", () -> workflow.runsOf(personId));
    }
}
