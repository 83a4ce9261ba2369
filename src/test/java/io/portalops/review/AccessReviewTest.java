package io.portalops.review;

import static io.portalops.review.ReviewFixtures.itemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.workflow.TaskAssigned;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class AccessReviewTest {

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
    WorkflowService workflow;

    @Autowired
    AccessGrantService grants;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    List<ReviewItem> itemsAs(String username, long reviewId) {
        return users.as(
                username,
                () -> decisions.items(reviewId, ItemFilter.none(), 0, 500).items());
    }

    ReviewItem decideAs(String username, long reviewId, long itemId, Decision decision, String comment) {
        return users.as(username, () -> decisions.decide(reviewId, itemId, new DecisionRequest(decision, comment)));
    }

    @Test
    void a_campaign_snapshots_every_active_grant_in_scope_and_later_changes_show_beside_it_without_changing_it() {
        ReviewFixtures.World w = fx.world();
        CampaignDetails started = fx.start(w, TODAY.plusDays(14));
        long id = started.campaign().id();

        assertThat(started.campaign().items())
                .as("active grants only: the request is not reviewed")
                .isEqualTo(5);
        assertThat(started.campaign().status()).isEqualTo(CampaignStatus.RUNNING);
        List<ReviewItem> items = itemsAs("admin", id);
        assertThat(items)
                .extracting(ReviewItem::grantId)
                .containsExactlyInAnyOrder(w.adaOnA(), w.bobOnA(), w.goneOnA(), w.adaOnB(), w.bobOnC());
        ReviewItem ada = itemOf(items, w.adaOnA());
        assertThat(ada.personName()).isEqualTo("Ada Review");
        assertThat(ada.personStatus()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(ada.department()).isEqualTo(w.ada().form().department());
        assertThat(ada.grantedAt()).isNotNull();
        assertThat(ada.grantedBy()).isNotBlank();
        assertThat(ada.suggestion())
                .as("no usage source here: no idle suggestion")
                .isNull();
        assertThat(itemOf(items, w.goneOnA()).suggestion()).isEqualTo("The person has left");
        assertThat(itemOf(items, w.goneOnA()).personStatus()).isEqualTo(EmploymentStatus.LEFT);

        // reviewers: A its product admin, B (no product admin) its service admin, C (no admins) the fallback
        assertThat(started.reviewers())
                .extracting(ReviewerProgress::accountId, ReviewerProgress::items)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(directory.accountId(w.productAdmin()), 3),
                        org.assertj.core.groups.Tuple.tuple(directory.accountId(w.serviceAdmin()), 1),
                        org.assertj.core.groups.Tuple.tuple(directory.accountId(w.fallback()), 1));

        // later: Ada loses A and leaves; the snapshot stays, the current state shows beside it
        users.run("admin", () -> grants.revoke(w.adaOnA(), "moved team"));
        ReviewItem after = itemOf(itemsAs("admin", id), w.adaOnA());
        assertThat(after.personStatus()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(after.grantedAt()).isEqualTo(ada.grantedAt());
        assertThat(after.currentGrantStatus()).isEqualTo(GrantStatus.REVOKED);
        assertThat(itemOf(itemsAs("admin", id), w.adaOnB()).currentGrantStatus())
                .isEqualTo(GrantStatus.ACTIVE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_review_item where review_id = ?", Integer.class, id))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'review.started' and target_id = ?",
                        Integer.class,
                        Long.toString(id)))
                .isEqualTo(1);
    }

    @Test
    void a_reviewer_sees_and_decides_only_their_own_items_and_a_revoke_needs_a_comment() {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();

        assertThat(itemsAs(w.productAdmin(), id))
                .extracting(ReviewItem::grantId)
                .containsExactlyInAnyOrder(w.adaOnA(), w.bobOnA(), w.goneOnA());
        assertThat(itemsAs(w.serviceAdmin(), id))
                .extracting(ReviewItem::grantId)
                .containsExactly(w.adaOnB());
        assertThat(itemsAs(w.fallback(), id)).extracting(ReviewItem::grantId).containsExactly(w.bobOnC());

        long onB = itemOf(itemsAs("admin", id), w.adaOnB()).id();
        assertThatThrownBy(() -> decideAs(w.productAdmin(), id, onB, Decision.KEEP, ""))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(w.productAdmin(), () -> decisions.item(id, onB)))
                .isInstanceOf(NotFoundException.class);

        long ada = itemOf(itemsAs("admin", id), w.adaOnA()).id();
        assertThatThrownBy(() -> decideAs(w.productAdmin(), id, ada, Decision.REVOKE, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decideAs(w.productAdmin(), id, ada, Decision.REVOKE, "x".repeat(1001)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_review_decision where review_id = ?", Integer.class, id))
                .as("refused input changes nothing")
                .isZero();

        ReviewItem kept = decideAs(w.productAdmin(), id, ada, Decision.KEEP, "");
        assertThat(kept.decision()).isEqualTo(Decision.KEEP);
        assertThat(kept.decidedBy()).isEqualTo("Fixture " + w.productAdmin());
        assertThat(kept.decidable()).isFalse();
        assertThatThrownBy(() -> decideAs("admin", id, ada, Decision.REVOKE, "changed my mind"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("decided already");
        assertThat(users.as(w.productAdmin(), () -> campaigns.get(id))
                        .campaign()
                        .mineUndecided())
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_review_decision_aud a join access_review_decision d on d.id = a.id"
                                + " where d.item_id = ?",
                        Integer.class,
                        ada))
                .as("Envers keeps the decision")
                .isEqualTo(1);
    }

    @Test
    void every_revoke_becomes_a_task_for_the_products_admin_and_the_campaign_completes_when_the_loop_closes() {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        List<ReviewItem> all = itemsAs("admin", id);

        ReviewItem gone =
                decideAs(w.productAdmin(), id, itemOf(all, w.goneOnA()).id(), Decision.REVOKE, "Left the company");
        assertThat(gone.taskId()).isNotNull();
        assertThat(gone.taskStatus()).isEqualTo("OPEN");
        long productAdminId = directory.accountId(w.productAdmin());
        assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId() == gone.taskId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(TaskKind.REVOKE);
                    assertThat(e.assigneeAccountIds()).containsExactly(productAdminId);
                });
        assertThat(jdbc.queryForObject("select reference from workflow_task where id = ?", String.class, gone.taskId()))
                .isEqualTo("access-review-item:" + gone.id());

        ReviewItem bobOnC = decideAs(w.fallback(), id, itemOf(all, w.bobOnC()).id(), Decision.REVOKE, "Not needed");
        users.run(
                w.productAdmin(),
                () -> decisions.decideAll(
                        id,
                        List.of(
                                itemOf(all, w.adaOnA()).id(),
                                itemOf(all, w.bobOnA()).id()),
                        new DecisionRequest(Decision.KEEP, null)));
        decideAs(w.serviceAdmin(), id, itemOf(all, w.adaOnB()).id(), Decision.KEEP, "");
        assertThat(users.as("admin", () -> campaigns.get(id)).campaign().status())
                .as("every item decided, but two revoke tasks are open")
                .isEqualTo(CampaignStatus.RUNNING);

        assertThatThrownBy(() -> users.run(w.productAdmin(), () -> workflow.complete(gone.taskId(), " ")))
                .isInstanceOf(InvalidInputException.class);
        users.run(w.productAdmin(), () -> workflow.complete(gone.taskId(), "Removed in the admin console, ticket 77"));
        assertThat(users.as("admin", () -> grants.get(w.goneOnA())).status()).isEqualTo(GrantStatus.REVOKED);
        ReviewItem done = users.as(w.productAdmin(), () -> decisions.item(id, gone.id()));
        assertThat(done.taskStatus()).isEqualTo("DONE");
        assertThat(done.taskNote()).isEqualTo("Removed in the admin console, ticket 77");
        assertThat(users.as("admin", () -> campaigns.get(id)).campaign().status())
                .isEqualTo(CampaignStatus.RUNNING);

        // C has no admins: the admin works its task and skips it with a reason
        users.run("admin", () -> workflow.skip(bobOnC.taskId(), "Vendor account already closed"));
        CampaignListItem closed = users.as("admin", () -> campaigns.get(id)).campaign();
        assertThat(closed.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(closed.completedAt()).isNotNull();
        assertThat(closed.openTasks()).isZero();
        assertThat(closed.progress()).isEqualTo(1.0);
        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_id in (?, ?) and action like 'review.%' order by seq",
                        String.class, Long.toString(id), Long.toString(gone.id())))
                .contains("review.started", "review.decided", "review.task_closed", "review.completed");
        assertThatThrownBy(() -> decideAs("admin", id, gone.id(), Decision.KEEP, ""))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_bulk_decision_reports_each_item_and_decides_only_those_within_reach() {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        List<ReviewItem> all = itemsAs("admin", id);
        long ada = itemOf(all, w.adaOnA()).id();
        long bob = itemOf(all, w.bobOnA()).id();
        long others = itemOf(all, w.adaOnB()).id();
        decideAs(w.productAdmin(), id, bob, Decision.KEEP, "");

        List<BulkDecisionResult> results = users.as(
                w.productAdmin(),
                () -> decisions.decideAll(
                        id, List.of(others, ada, bob, 999_999_999L), new DecisionRequest(Decision.REVOKE, "Unused")));

        assertThat(results).extracting(BulkDecisionResult::itemId).containsExactly(others, ada, bob, 999_999_999L);
        assertThat(results).extracting(BulkDecisionResult::decided).containsExactly(false, true, false, false);
        assertThat(results.get(2).problem()).contains("decided already");
        assertThat(itemOf(itemsAs("admin", id), w.adaOnB()).decision()).isNull();
        assertThat(itemOf(itemsAs("admin", id), w.adaOnA()).decision()).isEqualTo(Decision.REVOKE);
        assertThatThrownBy(() -> users.run(
                        w.productAdmin(),
                        () -> decisions.decideAll(id, List.of(ada), new DecisionRequest(Decision.REVOKE, null))))
                .isInstanceOf(InvalidInputException.class);
    }
}
