package io.portalops.review.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.export.Exports;
import io.portalops.review.CampaignDetails;
import io.portalops.review.CampaignListItem;
import io.portalops.review.ProductProgress;
import io.portalops.review.ReviewCampaigns;
import io.portalops.review.ReviewDecisions;
import io.portalops.review.ReviewEvidence;
import io.portalops.review.ReviewWording;
import io.portalops.review.ReviewerProgress;
import jakarta.annotation.security.RolesAllowed;

/**
 * One campaign: its progress per reviewer and per product, and the items the user reviews (ADMIN: all) to keep or
 * revoke. A campaign out of the user's reach is the not-found page.
 */
@Route("access-reviews/:reviewId(\\d{1,18})")
@PageTitle("Access review")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
@StyleSheet("styles/access-reviews.css")
public class CampaignView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Div summary = new Div();
    final Grid<ReviewerProgress> reviewers = new Grid<>(ReviewerProgress.class, false);
    final Grid<ProductProgress> products = new Grid<>(ProductProgress.class, false);
    final ReviewItemsGrid items;
    private final ReviewCampaigns campaigns;
    private long reviewId;

    final EvidenceMenu evidence;

    CampaignView(ReviewCampaigns campaigns, ReviewDecisions decisions, ReviewEvidence evidence, Exports exports) {
        this.campaigns = campaigns;
        this.evidence = new EvidenceMenu(evidence, exports, () -> reviewId);
        this.items = new ReviewItemsGrid(decisions, this::refreshSummary);
        addClassName("campaign-view");
        setSizeFull();
        reviewers.addColumn(ReviewerProgress::name).setHeader("Reviewer").setFlexGrow(2);
        reviewers
                .addComponentColumn(r -> Progress.of(r.decided(), r.items()))
                .setHeader("Decided")
                .setFlexGrow(2);
        products.addColumn(ProductProgress::productLabel).setHeader("Product").setFlexGrow(2);
        products.addComponentColumn(p -> Progress.of(p.decided(), p.items()))
                .setHeader("Decided")
                .setFlexGrow(2);
        products.addColumn(p -> p.revokes() == 0 ? "" : Integer.toString(p.revokes()))
                .setHeader("Revokes")
                .setWidth("6rem")
                .setFlexGrow(0);
        for (Grid<?> grid : java.util.List.of(reviewers, products)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
        }
        summary.addClassName("review-summary");
        Div progress = new Div(section("Per reviewer", reviewers), section("Per product", products));
        progress.addClassName("review-progress-panels");
        add(
                new RouterLink("← Access reviews", ReviewsView.class),
                heading(),
                summary,
                progress,
                new H3("Items to review"),
                items);
    }

    private HorizontalLayout heading() {
        HorizontalLayout heading = new HorizontalLayout(title, evidence);
        heading.addClassName("campaign-heading");
        heading.setWidthFull();
        heading.setAlignItems(Alignment.CENTER);
        heading.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return heading;
    }

    private static Div section(String heading, Grid<?> grid) {
        Div section = new Div(new H3(heading), grid);
        section.addClassName("review-progress-panel");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = Long.parseLong(event.getRouteParameters().get("reviewId").orElse(""));
            refreshSummary();
            items.show(reviewId);
        } catch (NumberFormatException | io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    void refreshSummary() {
        CampaignDetails details = campaigns.get(reviewId);
        CampaignListItem c = details.campaign();
        title.setText(c.title());
        summary.removeAll();
        Span facts = new Span(c.status().label() + (c.overdue() ? " · overdue" : "") + " · due " + c.dueDate() + " · "
                + ReviewWording.count(c.items(), "access", "accesses") + ", " + c.decided() + " decided, " + c.revokes()
                + " revoked (" + ReviewWording.count(c.openTasks(), "revoke task", "revoke tasks")
                + " open) · started by "
                + c.createdBy());
        summary.add(Progress.of(c.progress()), facts);
        reviewers.setItems(details.reviewers());
        products.setItems(details.products());
    }
}
