package io.portalops.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.calendar.CalendarQuery;
import io.portalops.calendar.CalendarResult;
import io.portalops.calendar.CalendarService;
import io.portalops.calendar.Deadline;
import io.portalops.calendar.DeadlineType;
import io.portalops.shared.ui.calendar.CalendarBoard;
import io.portalops.shared.ui.calendar.CalendarItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every deadline the user may see, by month, week or list: contract ends and notice deadlines, SaaS renewals and
 * cancellation deadlines (every cycle of an auto-renewing plan), card expiries and access-review due dates. The board reports the range it shows; this view loads it once and filters
 * by type, owner and service without asking again. A click opens the contract or payment.
 */
@Route("calendar")
@PageTitle("Calendar")
@Menu(order = 57, icon = "vaadin:calendar", title = "Calendar")
@RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "APPROVER", "ANALYST", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class CalendarView extends VerticalLayout {

    final MultiSelectComboBox<DeadlineType> types = new MultiSelectComboBox<>("Types");
    final ComboBox<Long> owner = new ComboBox<>("Owner");
    final ComboBox<Long> service = new ComboBox<>("Service");
    final Span status = new Span();
    final CalendarBoard board;

    private final CalendarService calendar;
    private LocalDate from;
    private LocalDate to;
    private CalendarResult loaded = new CalendarResult(List.of(), false);
    private Map<Long, String> ownerNames = Map.of();
    private Map<Long, String> serviceNames = Map.of();

    CalendarView(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        addClassName("calendar-view");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        board = new CalendarBoard(CalendarBoard.View.MONTH, today);

        types.setItems(DeadlineType.values());
        types.setItemLabelGenerator(DeadlineType::label);
        types.setPlaceholder("All types");
        types.setWidth("20rem");
        types.addValueChangeListener(change -> load());
        owner.setItemLabelGenerator(id -> ownerNames.getOrDefault(id, "#" + id));
        owner.setClearButtonVisible(true);
        owner.setPlaceholder("Any owner");
        owner.addValueChangeListener(change -> show());
        service.setItemLabelGenerator(id -> serviceNames.getOrDefault(id, "#" + id));
        service.setClearButtonVisible(true);
        service.setPlaceholder("Any service");
        service.addValueChangeListener(change -> show());
        Button feed = new Button("Subscribe (iCal)", VaadinIcon.CALENDAR_CLOCK.create());
        feed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        feed.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CalendarFeedView.class)));

        HorizontalLayout legend = new HorizontalLayout(
                legend("contract", "Contracts"),
                legend("renewal", "SaaS renewals"),
                legend("card", "Cards"),
                legend("review", "Access reviews"),
                legend("actionable", "Bold: still to act on"));
        legend.addClassName("calendar-legend");
        HorizontalLayout filters = new HorizontalLayout(types, owner, service, status, feed);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.expand(status);
        status.addClassName("calendar-status");

        board.addRangeChangeListener(
                range -> showRange(range.start(), range.end().minusDays(1)));
        add(filters, legend, board);
        // what the month view will ask for first, so the page has its items without a round trip
        LocalDate first = today.withDayOfMonth(1);
        showRange(first, first.plusMonths(1).minusDays(1));
    }

    /** Loads the deadlines of a range, both ends inclusive (longer ranges are cut to the maximum). */
    void showRange(LocalDate first, LocalDate last) {
        this.from = first;
        this.to = last.isAfter(first.plusDays(CalendarQuery.MAX_DAYS - 1))
                ? first.plusDays(CalendarQuery.MAX_DAYS - 1)
                : last;
        load();
    }

    private void load() {
        loaded = calendar.deadlines(new CalendarQuery(from, to, types.getValue(), null, null));
        ownerNames = calendar.owners(loaded.items());
        serviceNames = CalendarService.services(loaded.items());
        keepChoices(owner, ownerNames);
        keepChoices(service, serviceNames);
        // a filter with nothing to choose (no contracts, or no SaaS payments, in this user's scope) is hidden
        owner.setVisible(!ownerNames.isEmpty() || owner.getValue() != null);
        service.setVisible(!serviceNames.isEmpty() || service.getValue() != null);
        show();
    }

    private static void keepChoices(ComboBox<Long> box, Map<Long, String> choices) {
        @Nullable Long selected = box.getValue();
        box.setItems(List.copyOf(choices.keySet()));
        // a filter keeps its value when the range changes, even if the new range has no such item
        if (selected != null) {
            box.setValue(selected);
        }
    }

    private void show() {
        CalendarQuery filter = new CalendarQuery(from, to, types.getValue(), owner.getValue(), service.getValue());
        List<CalendarItem> items = loaded.items().stream()
                .filter(filter::admits)
                .map(CalendarView::item)
                .toList();
        board.setItems(items);
        long due = items.stream().filter(i -> i.action() != null).count();
        status.setText(items.size()
                + (items.size() == 1 ? " deadline" : " deadlines")
                + (due > 0 ? ", " + due + " to act on" : "")
                + (loaded.truncated() ? " (the first " + CalendarService.MAX_ITEMS + " only: narrow the types)" : ""));
    }

    private static Span legend(String kind, String text) {
        Span chip = new Span(text);
        chip.addClassNames("calendar-legend-item", "portalops-calendar-" + kind);
        return chip;
    }

    static CalendarItem item(Deadline deadline) {
        return new CalendarItem(
                deadline.key(),
                deadline.day(),
                deadline.type().shortLabel() + " " + deadline.title(),
                deadline.type().kind(),
                deadline.action() == null ? null : deadline.action().label(),
                deadline.link());
    }
}
