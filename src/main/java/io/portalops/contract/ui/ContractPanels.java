package io.portalops.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.contract.ApprovalDecision;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractDetails.ApprovalStep;
import io.portalops.contract.ContractDetails.Flag;
import io.portalops.contract.ContractTimelineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The read-only tabs of a contract: Overview (approval steps), Flags and Timeline. All text goes in as text, never HTML. */
final class ContractPanels {

    /** One line of the timeline. */
    record Event(Instant at, String what, String detail) {}

    private ContractPanels() {}

    static Component overview(ContractDetails c) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.addClassName("contract-overview");
        String rule = c.requiredApprovals() > 1
                ? "Needs " + c.requiredApprovals() + " approvals by different approvers; the last within their limit."
                : "Needs one approval within the approver's limit.";
        Grid<ApprovalStep> steps = new Grid<>(ApprovalStep.class, false);
        steps.addColumn(ApprovalStep::round).setHeader("Round").setWidth("5rem").setFlexGrow(0);
        steps.addColumn(ApprovalStep::level).setHeader("Level").setWidth("5rem").setFlexGrow(0);
        steps.addColumn(ApprovalStep::approverName).setHeader("Who").setAutoWidth(true);
        steps.addColumn(a -> ContractBadges.when(a.decidedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        steps.addColumn(a -> a.decision() == ApprovalDecision.APPROVED ? "Approved" : "Rejected")
                .setHeader("Decision")
                .setAutoWidth(true);
        steps.addColumn(a -> a.comment() == null ? "" : a.comment())
                .setHeader("Comment")
                .setFlexGrow(3)
                .setTooltipGenerator(a -> a.comment() == null ? "" : a.comment());
        steps.setItems(c.approvals());
        steps.addThemeVariants(GridVariant.LUMO_COMPACT);
        steps.setAllRowsVisible(true);
        steps.setEmptyStateText("No decisions yet.");
        layout.add(new H3("Approvals"), new Span(rule), steps);
        return layout;
    }

    static Grid<Flag> flags(ContractDetails c) {
        Grid<Flag> grid = new Grid<>(Flag.class, false);
        grid.addColumn(f -> f.open() ? "Open" : "Cleared")
                .setHeader("State")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(Flag::severity).setHeader("Severity").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Flag::reason).setHeader("Reason").setFlexGrow(3).setTooltipGenerator(Flag::reason);
        grid.addColumn(f -> f.raisedByName() + " · " + ContractBadges.when(f.raisedAt()))
                .setHeader("Raised")
                .setAutoWidth(true);
        grid.addColumn(f -> f.open()
                        ? ""
                        : f.clearedByName() + " · " + ContractBadges.when(f.clearedAt()) + " · " + f.clearReason())
                .setHeader("Cleared")
                .setFlexGrow(2);
        List<Flag> flags = new ArrayList<>(c.flags());
        flags.sort(
                Comparator.comparing((Flag f) -> !f.open()).thenComparing(Flag::raisedAt, Comparator.reverseOrder()));
        grid.setItems(flags);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Never flagged.");
        return grid;
    }

    static List<Event> events(ContractDetails c) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(c.createdAt(), "Created", "Draft " + c.number()));
        if (c.submittedAt() != null) {
            events.add(new Event(c.submittedAt(), "Submitted", "by " + c.submittedByName()));
        }
        for (ApprovalStep a : c.approvals()) {
            String what = (a.decision() == ApprovalDecision.APPROVED ? "Approved" : "Rejected") + " (round " + a.round()
                    + ", level " + a.level() + ")";
            events.add(new Event(
                    a.decidedAt(), what, "by " + a.approverName() + (a.comment() == null ? "" : ": " + a.comment())));
        }
        for (ContractDetails.Comment m : c.comments()) {
            events.add(new Event(m.createdAt(), "Note", "by " + m.authorName() + ": " + m.body()));
        }
        for (Flag f : c.flags()) {
            events.add(new Event(
                    f.raisedAt(), "Flag raised (" + f.severity() + ")", "by " + f.raisedByName() + ": " + f.reason()));
            if (!f.open()) {
                events.add(
                        new Event(f.clearedAt(), "Flag cleared", "by " + f.clearedByName() + ": " + f.clearReason()));
            }
        }
        events.sort(Comparator.comparing(Event::at).reversed());
        return events;
    }

    static Component timeline(ContractDetails c, List<ContractTimelineSource.Entry> extra) {
        Div list = new Div();
        list.addClassName("contract-timeline");
        List<Event> all = new ArrayList<>(events(c));
        extra.forEach(e -> all.add(new Event(e.at(), e.what(), e.detail())));
        all.sort(Comparator.comparing(Event::at).reversed());
        for (Event event : all) {
            Span when = new Span(ContractBadges.when(event.at()));
            when.addClassName("when");
            Span what = new Span(event.what());
            what.addClassName("what");
            Span detail = new Span(event.detail());
            detail.addClassName("detail");
            Div row = new Div(when, what, detail);
            row.addClassName("timeline-entry");
            list.add(row);
        }
        return list;
    }
}
