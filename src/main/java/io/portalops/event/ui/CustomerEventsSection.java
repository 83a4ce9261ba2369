package io.portalops.event.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.customer.ui.CustomerDetailSection;
import io.portalops.event.EventFilter;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The Events tab of the customer detail screen: the customer's latest events, with a link to the full Event Log
 * filtered on the customer.
 */
@Component
class CustomerEventsSection implements CustomerDetailSection {

    static final int LATEST = 100;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final EventLog events;
    private final CurrentUserProvider currentUser;

    CustomerEventsSection(EventLog events, CurrentUserProvider currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public String title() {
        return "Events";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isVisibleToCurrentUser() {
        return currentUser
                .find()
                .map(u -> u.hasAny(Role.ADMIN, Role.ACCOUNT_MANAGER, Role.ANALYST, Role.APPROVER))
                .orElse(false);
    }

    @Override
    public com.vaadin.flow.component.Component create(long customerId) {
        Grid<EventListItem> grid = new Grid<>(EventListItem.class, false);
        grid.addClassName("customer-events");
        grid.addColumn(e -> WHEN.format(e.occurredAt()))
                .setHeader("Occurred")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(EventListItem::type).setHeader("Type").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(EventListItem::source)
                .setHeader("Source")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.contractNumber() == null ? "" : e.contractNumber())
                .setHeader("Contract")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.payload().replaceAll("\\s+", " "))
                .setHeader("Payload")
                .setFlexGrow(1)
                .setTooltipGenerator(EventListItem::payload);
        grid.setItems(events.search(new EventFilter(customerId, null, null, null, null, null), null, LATEST)
                .items());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No events reported for this customer.");
        grid.setSizeFull();
        Anchor all =
                new Anchor("events?customer=" + customerId + "&range=month", "Open the last 30 days in the Event log");
        VerticalLayout layout = new VerticalLayout(all, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }
}
