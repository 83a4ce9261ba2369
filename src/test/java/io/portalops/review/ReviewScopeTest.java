package io.portalops.review;

import static io.portalops.review.ReviewFixtures.itemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ReviewScopeTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReviewFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ReviewCampaigns campaigns;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    StartCampaign over(CampaignScope scope, Set<Long> services, Set<Long> products) {
        return new StartCampaign(
                "Scope " + DirectoryFixtures.unique(), scope, services, products, TODAY.plusDays(10), null);
    }

    @Test
    void a_service_admin_starts_campaigns_only_within_their_services_and_sees_nothing_of_another_services_campaign() {
        ReviewFixtures.World w = fx.world();
        String elsewhere = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(elsewhere, w.serviceT());

        assertThatThrownBy(() -> users.as(
                        elsewhere, () -> campaigns.start(over(CampaignScope.SERVICES, Set.of(w.serviceS()), Set.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(
                        elsewhere, () -> campaigns.start(over(CampaignScope.PRODUCTS, Set.of(), Set.of(w.productA())))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(
                        w.productAdmin(),
                        () -> campaigns.start(over(CampaignScope.PRODUCTS, Set.of(), Set.of(w.productA())))))
                .as("a product admin reviews, but starts nothing")
                .isInstanceOf(AccessDeniedException.class);

        CampaignDetails mine =
                users.as(w.serviceAdmin(), () -> campaigns.start(over(CampaignScope.EVERYTHING, Set.of(), Set.of())));
        assertThat(mine.products())
                .as("everything a service admin administers: their service's products, nothing of T")
                .extracting(ProductProgress::productId)
                .containsExactlyInAnyOrder(w.productA(), w.productB());
        long id = mine.campaign().id();

        assertThatThrownBy(() -> users.as(elsewhere, () -> campaigns.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(elsewhere, () -> decisions.items(id, ItemFilter.none(), 0, 50)))
                .isInstanceOf(NotFoundException.class);
        long item = users.as("admin", () -> decisions.items(id, ItemFilter.none(), 0, 50))
                .items()
                .getFirst()
                .id();
        assertThatThrownBy(() ->
                        users.as(elsewhere, () -> decisions.decide(id, item, new DecisionRequest(Decision.KEEP, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(elsewhere, () -> campaigns.list()))
                .extracting(CampaignListItem::id)
                .doesNotContain(id);
        assertThat(users.as(w.productAdmin(), () -> campaigns.list()))
                .extracting(CampaignListItem::id)
                .contains(id);
        assertThat(users.as("admin", () -> campaigns.list()))
                .extracting(CampaignListItem::id)
                .contains(id);
        assertThatThrownBy(() -> users.as("analyst", () -> campaigns.list())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_account_with_two_roles_starts_only_where_its_service_admin_role_reaches_and_reviews_only_its_products() {
        ReviewFixtures.World w = fx.world();
        String both = fx.account(Role.SERVICE_ADMIN, Role.PRODUCT_ADMIN);
        directory.serviceAdmin(both, w.serviceT());
        directory.productAdmin(both, w.productA());

        assertThatThrownBy(() -> users.as(
                        both, () -> campaigns.start(over(CampaignScope.PRODUCTS, Set.of(), Set.of(w.productA())))))
                .as("product admin of A: reviews it, may not start a campaign over it")
                .isInstanceOf(NotFoundException.class);
        CampaignDetails overT =
                users.as(both, () -> campaigns.start(over(CampaignScope.EVERYTHING, Set.of(), Set.of())));
        assertThat(overT.products()).extracting(ProductProgress::productId).containsExactly(w.productC());

        long adminCampaign = fx.start(w, TODAY.plusDays(10)).campaign().id();
        assertThat(users.as(both, () -> decisions.items(adminCampaign, ItemFilter.none(), 0, 50))
                        .items())
                .as("in the admin's campaign it reviews A (its product admin now) and C (no product admins: T's service"
                        + " admins review it), never B")
                .extracting(ReviewItem::productId)
                .containsOnly(w.productA(), w.productC())
                .contains(w.productA(), w.productC());
    }

    @Test
    void two_reviewers_deciding_the_same_item_at_once_make_one_decision() throws Exception {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(10)).campaign().id();
        List<ReviewItem> all = users.as("admin", () -> decisions.items(id, ItemFilter.none(), 0, 50))
                .items();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long grant : List.of(w.adaOnA(), w.bobOnA(), w.goneOnA())) {
                long item = itemOf(all, grant).id();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String who : List.of(w.productAdmin(), "admin")) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            users.as(
                                    who,
                                    () -> decisions.decide(
                                            id, item, new DecisionRequest(Decision.REVOKE, "Race " + who)));
                            return "decided";
                        } catch (RuleViolationException e) {
                            return "refused";
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get());
                }
                assertThat(results).containsExactlyInAnyOrder("decided", "refused");
                assertThat(jdbc.queryForObject(
                                "select count(*) from access_review_decision where item_id = ?", Integer.class, item))
                        .isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from workflow_task where reference = ?",
                                Integer.class,
                                "access-review-item:" + item))
                        .as("one revoke task")
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
