package io.portalops.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.portalops.inventory.SaasCatalog;
import io.portalops.review.CampaignListItem;
import io.portalops.review.CampaignStatus;
import io.portalops.review.ReviewCampaigns;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.grid.GridToolbar;
import jakarta.annotation.security.RolesAllowed;

/**
 * Access-review campaigns the user sees, newest first, each with its progress (decisions and closed revoke tasks)
 * and the number of items waiting for the user. ADMIN and service admins start campaigns here.
 */
@Route(ReviewsView.ROUTE)
@PageTitle("Access reviews")
@Menu(order = 57, icon = "vaadin:check-square-o", title = "Access reviews")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
@StyleSheet("styles/access-reviews.css")
public class ReviewsView extends VerticalLayout {

    static final String ROUTE = "access-reviews";

    final Grid<CampaignListItem> grid = new Grid<>(CampaignListItem.class, false);
    final Button start = new Button("Start campaign");
    private final ReviewCampaigns campaigns;

    ReviewsView(ReviewCampaigns campaigns, SaasCatalog catalog, CurrentUserProvider currentUser) {
        this.campaigns = campaigns;
        addClassName("reviews-view");
        setSizeFull();
        CurrentUser user = currentUser.require();

        grid.addComponentColumn(c -> new RouterLink(
                        c.title(), CampaignView.class, new RouteParameters("reviewId", Long.toString(c.id()))))
                .setHeader("Campaign")
                .setFlexGrow(3);
        grid.addComponentColumn(ReviewsView::status)
                .setHeader("Status")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.dueDate().toString())
                .setHeader("Due")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> Progress.of(c.progress()))
                .setHeader("Progress")
                .setFlexGrow(2);
        grid.addColumn(c -> c.decided() + " / " + c.items())
                .setHeader("Decided")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.openTasks() == 0 ? "" : Integer.toString(c.openTasks()))
                .setHeader("Open revoke tasks")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.mineUndecided() == 0 ? "" : Integer.toString(c.mineUndecided()))
                .setHeader("Mine to decide")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(CampaignListItem::createdBy).setHeader("Started by").setFlexGrow(1);
        grid.setPartNameGenerator(c -> c.overdue() ? "overdue" : c.mineUndecided() > 0 ? "due-soon" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText("No access reviews yet.");

        GridToolbar toolbar = new GridToolbar();
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(user.has(Role.ADMIN) || user.has(Role.SERVICE_ADMIN));
        start.addClickListener(click -> new StartCampaignDialog(
                        campaigns,
                        catalog,
                        started -> getUI().ifPresent(ui -> ui.navigate(
                                CampaignView.class, new RouteParameters("reviewId", Long.toString(started)))))
                .open());
        toolbar.addEnd(start);
        add(new H2("Access reviews"), toolbar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(campaigns.list());
    }

    private static Span status(CampaignListItem c) {
        if (c.status() == CampaignStatus.COMPLETED) {
            return Badge.of("Completed", "success");
        }
        return c.overdue() ? Badge.of("Overdue", "error") : Badge.of("Running", "contrast");
    }
}
