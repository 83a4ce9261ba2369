package io.portalops.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.notification.NotificationInbox;
import io.portalops.notification.NotificationItem;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.stream.Stream;

/**
 * All of the signed-in user's notifications, newest first, paged lazily; a row opens its screen and counts as read.
 * Reached from the bell ("See all") rather than the navigation, which lists areas of work.
 */
@Route("notifications")
@PageTitle("Notifications")
@PermitAll
public class NotificationsView extends VerticalLayout {

    final Grid<NotificationItem> grid = new Grid<>(NotificationItem.class, false);
    final Button markAll = new Button("Mark all read", VaadinIcon.CHECK_SQUARE_O.create());
    private final NotificationInbox inbox;
    private final Clock clock;

    NotificationsView(NotificationInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        setSizeFull();
        grid.addComponentColumn(this::state).setHeader("").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(item -> NotificationFormat.when(item.createdAt(), clock.instant()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.cause().label())
                .setHeader("About")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::text).setHeader("Notification").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setSizeFull();

        markAll.addClickListener(click -> {
            int marked = inbox.markAllRead();
            grid.getDataProvider().refreshAll();
            Notifications.success(marked == 0 ? "Nothing was unread." : marked + " marked as read.");
        });
        Button settings = new Button(
                "Settings",
                VaadinIcon.COG.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NotificationPreferencesView.class)));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(markAll, settings), grid);
    }

    Stream<NotificationItem> fetch(int offset, int limit) {
        return inbox.mine(offset, Math.min(limit, NotificationInbox.MAX_PAGE)).items().stream();
    }

    void open(NotificationItem item) {
        if (!item.read()) {
            inbox.markRead(item.id());
        }
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }

    private Span state(NotificationItem item) {
        Span dot = new Span();
        if (!item.read()) {
            dot.getElement().getThemeList().add("badge pill small primary");
            dot.setText("new");
        }
        return dot;
    }

    private Div text(NotificationItem item) {
        Span title = new Span(item.title());
        title.addClassName("notification-title");
        Span body = new Span(item.body());
        body.addClassName("notification-body");
        Div text = new Div(title, body);
        text.addClassName(item.read() ? "notification-read" : "notification-unread");
        return text;
    }

    private HorizontalLayout actions(NotificationItem item) {
        Button open = new Button("Open", click -> open(item));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (!item.read()) {
            Button read = new Button("Mark read", click -> {
                inbox.markRead(item.id());
                grid.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        return actions;
    }
}
