package io.portalops.event.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.customer.CustomerService;
import io.portalops.event.EventCursor;
import io.portalops.event.EventExport;
import io.portalops.event.EventFilter;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import io.portalops.event.EventPage;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import io.portalops.event.LiveEvents;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The event log: a lazy grid, newest first, paged by keyset. The grid asks by offset; the view remembers the cursor
 * after each fetched page, keyed by the offset it ends at, and continues from the nearest one, so scrolling never
 * makes the database skip rows and never counts. With the live tail on, the grid shows the newest rows instead and
 * new events appear without a reload (server push, see {@link LiveTail}).
 */
@Route("events")
@PageTitle("Event log")
@Menu(order = 30, icon = "vaadin:list", title = "Event log")
@RolesAllowed({"ADMIN", "ANALYST", "ACCOUNT_MANAGER", "APPROVER"})
public class EventLogView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(EventFilterBar.ZONE);

    final EventFilterBar filters;
    final Grid<EventListItem> grid = new Grid<>(EventListItem.class, false);
    final GridViews<EventListItem> views;
    final Div detail = new Div();
    final Span detailTitle = new Span();
    final Pre payload = new Pre();
    final LiveTail live;
    final RowCountLabel count;
    private final EventLog log;
    /** Cursor after the row at (key - 1), for the current filters. */
    private final TreeMap<Integer, EventCursor> cursors = new TreeMap<>();

    private @Nullable EventFilter current;
    private final UrlFilters url;

    EventLogView(
            EventLog log,
            EventTypes types,
            CustomerService customers,
            LiveEvents liveEvents,
            Clock clock,
            EventExport export,
            Exports exports,
            GridViewStore viewStore) {
        this.log = log;
        addClassName("event-log-view");
        setSizeFull();
        filters = new EventFilterBar(
                types.list().stream().map(EventTypeInfo::name).toList(), customers, clock, this::refresh);
        url = new UrlFilters("events", query -> filters.apply(query), () -> filters.toQueryParameters(), this::reload);
        live = new LiveTail(liveEvents, log, filters::value, this::liveSwitched);
        filters.addToActions(
                live,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(current != null ? current : filters.value())
                                .followingGrid(exportColumns())));

        grid.addColumn(e -> TIME.format(e.occurredAt()))
                .setHeader("Occurred")
                .setKey("occurred")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(EventListItem::type)
                .setHeader("Type")
                .setKey("type")
                .setWidth("10rem")
                .setFlexGrow(0);
        // next to the type, so that the detail panel, when open, covers the source rather than the id
        grid.addColumn(EventListItem::eventId)
                .setHeader("Event id")
                .setKey("event-id")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(EventListItem::customerLabel)
                .setHeader("Customer")
                .setKey("customer")
                .setWidth("12rem")
                .setFlexGrow(2)
                .setTooltipGenerator(EventLogView::customerTooltip);
        grid.addColumn(e -> e.contractNumber() == null ? "" : e.contractNumber())
                .setHeader("Contract")
                .setKey("contract")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(EventListItem::source)
                .setHeader("Source")
                .setKey("source")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("No events match these filters.");
        showPaged();
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));

        detail.addClassName("event-detail");
        detail.add(new H3("Event"), detailTitle, payload);
        detail.setWidth("min(26rem, 40%)");
        detail.setMinWidth("18rem");
        detail.setVisible(false);
        payload.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow", "auto")
                .set("max-height", "70vh");

        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        views = new GridViews<>("events", "events", grid, viewStore, url);
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        // refreshed by reload(), not by the grid: the live tail swaps the grid's rows for its own list
        count = new RowCountLabel(() -> log.count(filters.value()), "event", "events");
        toolbar.addStart(count);
        // an event opens in the side panel, as a click on it does
        toolbar.addEnd(GridKeyboard.install(grid, filters, grid::select).helpButton());
        add(filters, toolbar, new FilterChips(filters), body);
    }

    /** Rows [offset, offset + limit), continuing from the nearest remembered cursor at or before offset. */
    Stream<EventListItem> fetch(int offset, int limit) {
        if (current == null) {
            // a preset range moves with the clock: pin it until the next reload, so the cursors stay valid
            current = filters.value();
        }
        EventFilter filter = current;
        Map.Entry<Integer, EventCursor> start = cursors.floorEntry(offset);
        int position = start == null ? 0 : start.getKey();
        EventCursor cursor = start == null ? null : start.getValue();
        List<EventListItem> rows = new ArrayList<>();
        while (position < offset + limit) {
            int want = Math.min(EventLog.MAX_PAGE, position < offset ? offset - position : offset + limit - position);
            EventPage page = log.search(filter, cursor, want);
            for (EventListItem item : page.items()) {
                if (position >= offset) {
                    rows.add(item);
                }
                position++;
            }
            if (page.items().isEmpty() || page.next() == null) {
                break;
            }
            cursor = page.next();
            cursors.put(position, cursor);
        }
        return rows.stream();
    }

    private void show(@Nullable EventListItem event) {
        detail.setVisible(event != null);
        if (event == null) {
            return;
        }
        detailTitle.setText(event.type() + " · " + who(event)
                + (event.contractNumber() == null ? "" : " · " + event.contractNumber()) + " · "
                + TIME.format(event.occurredAt())
                + " · received " + TIME.format(event.receivedAt()) + " · " + event.source() + "/" + event.eventId());
        payload.setText(event.payload());
    }

    /** The customer, or for a company usage event (ADR 055) who used which product. */
    static String who(EventListItem event) {
        String customer = event.customerId() == null
                ? "Company usage (no customer)"
                : event.customerLabel() + " (#" + event.customerId() + ")";
        return event.personRef() == null
                ? customer
                : customer + " · " + event.personRef() + " used " + product(event.productRef());
    }

    /** A product reference as sent: "Service/Product" reads as it is, a bare id as "product #42". */
    static String product(@Nullable String reference) {
        return reference != null && reference.chars().allMatch(Character::isDigit) && !reference.isEmpty()
                ? "product #" + reference
                : String.valueOf(reference);
    }

    private static String customerTooltip(EventListItem event) {
        return event.customerId() == null ? who(event) : event.customerLabel();
    }

    /** Filters travel in the URL, so a filtered log can be bookmarked and shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    private void reload() {
        cursors.clear();
        current = null;
        grid.deselectAll();
        count.refresh();
        if (live.isOn()) {
            live.reset();
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    private void liveSwitched(boolean on) {
        filters.setLive(on);
        if (on) {
            grid.setItems(live.rows);
        } else {
            showPaged();
        }
        reload();
    }

    private void showPaged() {
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
