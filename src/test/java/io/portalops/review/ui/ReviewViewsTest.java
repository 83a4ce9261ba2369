package io.portalops.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.RouteParameters;
import io.portalops.TestUsers;
import io.portalops.review.CampaignListItem;
import io.portalops.review.Decision;
import io.portalops.review.ProductProgress;
import io.portalops.review.ReviewFixtures;
import io.portalops.review.ReviewItem;
import io.portalops.review.ReviewerProgress;
import io.portalops.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixtures fx;

    @Autowired
    TestUsers users;

    @Autowired
    ReviewNavBadges badges;

    static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 500);
    }

    @Test
    @WithUserDetails("admin")
    void
            the_reviews_list_shows_each_campaign_with_its_progress_and_the_campaign_page_decides_in_bulk_and_with_a_comment() {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, LocalDate.now().plusDays(7)).campaign().id();

        UI.getCurrent().navigate(ReviewsView.class);
        ReviewsView list = (ReviewsView) getCurrentView();
        assertThat(list.start.isVisible()).isTrue();
        assertThat(rows(list.grid)).extracting(CampaignListItem::id).contains(id);

        UI.getCurrent().navigate(CampaignView.class, new RouteParameters("reviewId", Long.toString(id)));
        CampaignView view = (CampaignView) getCurrentView();
        assertThat(rows(view.reviewers)).extracting(ReviewerProgress::items).containsExactlyInAnyOrder(3, 1, 1);
        assertThat(rows(view.products))
                .extracting(ProductProgress::productId)
                .containsExactlyInAnyOrder(w.productA(), w.productB(), w.productC());
        Grid<ReviewItem> items = view.items.grid;
        assertThat(rows(items)).hasSize(5);
        ReviewItem gone = rows(items).stream()
                .filter(i -> i.grantId() == w.goneOnA())
                .findFirst()
                .orElseThrow();
        assertThat(gone.suggestion()).isEqualTo("The person has left");

        items.select(gone);
        test(view.items.revokeSelected).click();
        RevokeDialog dialog = find(RevokeDialog.class).single();
        test(dialog.revoke).click();
        assertThat(dialog.isOpened()).as("a revoke needs a comment").isTrue();
        test(dialog.comment).setValue("Left the company");
        test(dialog.revoke).click();
        assertThat(dialog.isOpened()).isFalse();

        rows(items).stream().filter(i -> i.productId() == w.productA()).forEach(items::select);
        test(view.items.keepSelected).click();
        assertThat(rows(items)).as("undecided only, by default").hasSize(2);
        test(view.items.show).selectItem("All");
        assertThat(rows(items))
                .filteredOn(i -> i.decision() != null)
                .extracting(ReviewItem::decision)
                .containsExactlyInAnyOrder(Decision.REVOKE, Decision.KEEP, Decision.KEEP);
        assertThat(view.summary.getElement().getTextRecursively())
                .as("one revoke, one task, in the singular")
                .contains("5 accesses, 3 decided, 1 revoked (1 revoke task open)");
        assertThat(rows(view.products))
                .filteredOn(p -> p.productId() == w.productA())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.decided()).isEqualTo(3);
                    assertThat(p.revokes()).isEqualTo(1);
                });
        List<ReviewItem> shown = rows(items);
        int decidedRow = shown.indexOf(
                shown.stream().filter(i -> i.decision() != null).findFirst().orElseThrow());
        int openRow = shown.indexOf(
                shown.stream().filter(i -> i.decision() == null).findFirst().orElseThrow());
        assertThat(find(Button.class, test(items).getCellComponent(decidedRow, 7))
                        .all())
                .as("a decided row offers nothing")
                .isEmpty();
        assertThat(find(Button.class, test(items).getCellComponent(openRow, 7)).all())
                .extracting(Button::getText)
                .containsExactly("Keep", "Revoke");

        new MenuBarTester<>(view.evidence).clickItem(0, 2);
        EvidenceMenu evidence = view.evidence;
        assertThat(evidence.dialog.isOpened()).isTrue();
        assertThat(find(Anchor.class).from(evidence.dialog).all())
                .as("the PDF and the CSV it summarises, each with its signature")
                .extracting(a -> a.getClassNames().iterator().next())
                .containsExactly("export-download", "export-signature", "export-download", "export-signature");
    }

    @Test
    @WithUserDetails("admin")
    void a_campaign_that_does_not_exist_is_the_not_found_page() {
        UI.getCurrent().navigate("access-reviews/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_nav_badge_counts_the_reviewers_undecided_items() {
        ReviewFixtures.World w = fx.world();
        assertThat(users.as(w.productAdmin(), () -> badges.badgeFor("access-reviews")))
                .isEmpty();
        fx.start(w, LocalDate.now().plusDays(7));
        assertThat(users.as(w.productAdmin(), () -> badges.badgeFor("access-reviews")))
                .contains("3");
        assertThat(users.as(w.productAdmin(), () -> badges.badgeFor("tasks"))).isEmpty();
        assertThat(users.as("analyst", () -> badges.badgeFor("access-reviews"))).isEmpty();
    }
}
