package io.portalops.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.portalops.review.BulkDecisionResult;
import io.portalops.review.Decision;
import io.portalops.review.DecisionRequest;
import io.portalops.review.ItemFilter;
import io.portalops.review.ReviewDecisions;
import io.portalops.review.ReviewItem;
import io.portalops.review.ReviewWording;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.Notifications;
import io.portalops.shared.ui.grid.GridToolbar;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The items of one campaign the user reviews: the snapshot, the suggestion, the decision and its revoke task, and
 * the grant as it is now. Keep or revoke one row, or the selected rows at once.
 */
class ReviewItemsGrid extends VerticalLayout {

    final Grid<ReviewItem> grid = new Grid<>(ReviewItem.class, false);
    final Select<String> show = new Select<>();
    final Button keepSelected = new Button("Keep selected");
    final Button revokeSelected = new Button("Revoke selected");
    private final ReviewDecisions decisions;
    private final Runnable changed;
    private long reviewId;

    ReviewItemsGrid(ReviewDecisions decisions, Runnable changed) {
        this.decisions = decisions;
        this.changed = changed;
        setPadding(false);
        setSizeFull();
        // Widths in rem that add up to what a 1440 px screen leaves beside the navigation; cells wrap rather than cut,
        // and the person's department and status at the start sit under their name instead of in two more columns.
        grid.addComponentColumn(ReviewItemsGrid::person)
                .setHeader("Person")
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(ReviewItem::productLabel)
                .setHeader("Product")
                .setWidth("10rem")
                .setFlexGrow(2)
                .setTooltipGenerator(ReviewItem::productLabel);
        grid.addColumn(i -> day(i.grantedAt()) + (i.grantedBy() == null ? "" : " by " + i.grantedBy()))
                .setHeader("Granted")
                .setWidth("7.5rem")
                .setFlexGrow(1);
        grid.addColumn(i -> i.lastUsedAt() == null ? "—" : day(i.lastUsedAt()))
                .setHeader("Last used")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(ReviewItemsGrid::suggestion)
                .setHeader("Suggestion")
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addComponentColumn(ReviewItemsGrid::decision)
                .setHeader("Decision")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(ReviewItemsGrid::now).setHeader("Now").setWidth("5.5rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("9.5rem").setFlexGrow(0);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPartNameGenerator(i -> i.suggestion() != null && i.decision() == null ? "due-soon" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("Nothing for you to review here.");

        show.setItems("Undecided", "All");
        show.setValue("Undecided");
        show.setAriaLabel("Show");
        show.addValueChangeListener(e -> reload());
        keepSelected.addClickListener(click -> bulk(Decision.KEEP, null));
        revokeSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeSelected.addClickListener(click -> new RevokeDialog(
                        ReviewWording.count(grid.getSelectedItems().size(), "access", "accesses"),
                        comment -> bulk(Decision.REVOKE, comment))
                .open());
        GridToolbar toolbar = new GridToolbar();
        toolbar.addStart(show);
        toolbar.addEnd(keepSelected, revokeSelected);
        add(toolbar, grid);
    }

    void show(long reviewId) {
        this.reviewId = reviewId;
        reload();
    }

    private void reload() {
        ItemFilter filter = new ItemFilter("Undecided".equals(show.getValue()) ? Boolean.FALSE : null, null);
        grid.setItems(query -> decisions.items(reviewId, filter, query.getOffset(), query.getLimit()).items().stream());
    }

    private HorizontalLayout actions(ReviewItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        if (item.decidable()) {
            Button keep = new Button("Keep", click -> decide(item, Decision.KEEP, null));
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button revoke = new Button(
                    "Revoke",
                    click -> new RevokeDialog(
                                    item.personName() + " · " + item.productLabel(),
                                    comment -> decide(item, Decision.REVOKE, comment))
                            .open());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(keep, revoke);
        }
        return actions;
    }

    /** Returns whether it was decided; a refusal is shown and the dialog stays open. */
    private boolean decide(ReviewItem item, Decision decision, @Nullable String comment) {
        try {
            decisions.decide(reviewId, item.id(), new DecisionRequest(decision, comment));
            Notifications.success(
                    decision == Decision.KEEP ? "Kept." : "Revoke decided; a task went to the product's admins.");
            done();
            return true;
        } catch (InvalidInputException | RuleViolationException e) {
            Notifications.error(e.getMessage());
            done();
            return e instanceof RuleViolationException;
        } catch (NotFoundException e) {
            Notifications.error("This access is no longer yours to review.");
            done();
            return true;
        }
    }

    private boolean bulk(Decision decision, @Nullable String comment) {
        List<Long> ids = grid.getSelectedItems().stream().map(ReviewItem::id).toList();
        if (ids.isEmpty()) {
            Notifications.error("Select the accesses first.");
            return true;
        }
        try {
            List<BulkDecisionResult> results =
                    decisions.decideAll(reviewId, ids, new DecisionRequest(decision, comment));
            long decided = results.stream().filter(BulkDecisionResult::decided).count();
            String message = decided + " of " + results.size() + " decided"
                    + (decided < results.size() ? "; the others were decided already or are not yours." : ".");
            if (decided == results.size()) {
                Notifications.success(message);
            } else {
                Notifications.error(message);
            }
            done();
            return true;
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    private void done() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        changed.run();
    }

    /** The name, and under it the department and the status the snapshot took. */
    private static Div person(ReviewItem i) {
        Span name = new Span(i.personName());
        Span facts = new Span((i.department() == null ? "" : i.department() + " · ")
                + i.personStatus().label());
        facts.addClassName("review-person-facts");
        Div cell = new Div(name, facts);
        cell.addClassName("review-person");
        return cell;
    }

    private static Span suggestion(ReviewItem i) {
        if (i.suggestion() == null) {
            return new Span();
        }
        Span badge = Badge.of("Suggest revoke: " + i.suggestion(), "warning");
        badge.addClassName("review-wrapping-badge");
        return badge;
    }

    private static Span decision(ReviewItem i) {
        if (i.decision() == null) {
            return new Span();
        }
        String text = i.decision().label()
                + (i.decidedBy() == null ? "" : " · " + i.decidedBy())
                + (i.comment() == null ? "" : " · " + i.comment());
        if (i.taskStatus() != null) {
            text += " · task " + i.taskStatus().toLowerCase();
        }
        Span span = Badge.of(text, i.decision() == Decision.KEEP ? "success" : "error");
        span.addClassName("review-wrapping-badge");
        span.getElement().setAttribute("title", i.taskNote() == null ? text : text + " — " + i.taskNote());
        return span;
    }

    private static String now(ReviewItem i) {
        String grant = i.currentGrantStatus() == null
                ? ""
                : i.currentGrantStatus().name().toLowerCase();
        String person = i.currentPersonStatus() == null || i.currentPersonStatus() == i.personStatus()
                ? ""
                : " · person " + i.currentPersonStatus().label().toLowerCase();
        return grant + person;
    }

    private static String day(java.time.@Nullable Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
