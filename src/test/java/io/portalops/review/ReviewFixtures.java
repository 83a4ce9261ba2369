package io.portalops.review;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.workflow.WorkflowFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A world of its own per test: service S with product A (its own product admin) and product B (only S's service admin
 * reviews it), and service T with product C that has no admins at all (the fallback reviews it); people holding them.
 */
@Component
public class ReviewFixtures {

    public record World(
            long serviceS,
            long serviceT,
            long productA,
            long productB,
            long productC,
            String productAdmin,
            String serviceAdmin,
            String fallback,
            PersonDetails ada,
            PersonDetails bob,
            PersonDetails gone,
            long adaOnA,
            long bobOnA,
            long goneOnA,
            long adaOnB,
            long bobOnC) {}

    private final DirectoryFixtures directory;
    private final WorkflowFixtures workflow;
    private final TestUsers users;
    private final AccountService accounts;
    private final ReviewCampaigns campaigns;

    ReviewFixtures(
            DirectoryFixtures directory,
            WorkflowFixtures workflow,
            TestUsers users,
            AccountService accounts,
            ReviewCampaigns campaigns) {
        this.directory = directory;
        this.workflow = workflow;
        this.users = users;
        this.accounts = accounts;
        this.campaigns = campaigns;
    }

    public World world() {
        long s = workflow.service();
        long t = workflow.service();
        long a = workflow.product(s, LicenceModel.PER_SEAT, 10);
        long b = workflow.product(s, LicenceModel.FLAT, 0);
        long c = workflow.product(t, LicenceModel.FLAT, 0);
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, a);
        String serviceAdmin = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(serviceAdmin, s);
        String fallback = directory.account(Role.PRODUCT_ADMIN);
        String dept = WorkflowFixtures.department();
        LocalDate yearAgo = LocalDate.now().minusYears(1);
        PersonDetails ada = workflow.person("Ada Review", dept, "Engineer", EmploymentStatus.ACTIVE, yearAgo, null);
        PersonDetails bob = workflow.person("Bob Review", dept, "Designer", EmploymentStatus.ACTIVE, yearAgo, null);
        PersonDetails gone = workflow.person("Gina Gone", dept, "Analyst", EmploymentStatus.ACTIVE, yearAgo, null);
        long adaOnA = workflow.grant(ada.id(), a, GrantStatus.ACTIVE).id();
        long bobOnA = workflow.grant(bob.id(), a, GrantStatus.ACTIVE).id();
        long goneOnA = workflow.grant(gone.id(), a, GrantStatus.ACTIVE).id();
        long adaOnB = workflow.grant(ada.id(), b, GrantStatus.ACTIVE).id();
        long bobOnC = workflow.grant(bob.id(), c, GrantStatus.ACTIVE).id();
        workflow.grant(bob.id(), b, GrantStatus.REQUESTED);
        workflow.move(gone.id(), EmploymentStatus.LEFT, yearAgo, LocalDate.now().minusDays(1));
        return new World(
                s,
                t,
                a,
                b,
                c,
                productAdmin,
                serviceAdmin,
                fallback,
                ada,
                bob,
                gone,
                adaOnA,
                bobOnA,
                goneOnA,
                adaOnB,
                bobOnC);
    }

    /** An ADMIN's campaign over the world's three products, with its fallback reviewer. */
    public CampaignDetails start(World w, LocalDate due) {
        long fallbackId = directory.accountId(w.fallback());
        return users.as(
                "admin",
                () -> campaigns.start(new StartCampaign(
                        "Review " + DirectoryFixtures.unique(),
                        CampaignScope.PRODUCTS,
                        Set.of(),
                        Set.of(w.productA(), w.productB(), w.productC()),
                        due,
                        fallbackId)));
    }

    /** A fresh account holding several roles, signed in once so that its password is its own. */
    public String account(Role... roles) {
        String username = "fx-multi-" + DirectoryFixtures.unique();
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Fixture " + username, null, Set.of(roles), "Initial-pass-3141")));
        users.run(username, () -> accounts.changeOwnPassword("Initial-pass-3141", DirectoryFixtures.PASSWORD));
        return username;
    }

    public static ReviewItem itemOf(List<ReviewItem> items, long grantId) {
        return items.stream().filter(i -> i.grantId() == grantId).findFirst().orElseThrow();
    }
}
