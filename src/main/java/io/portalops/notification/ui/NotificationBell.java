package io.portalops.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import io.portalops.notification.NotificationInbox;
import io.portalops.notification.NotificationItem;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bell in the header: the unread count, kept live through server push (the count is read again on a background
 * signal after each commit that changes the user's notifications, inside {@code ui.access}), and a popover with the
 * newest notifications, each opening its screen, with "mark read" and "mark all read".
 */
class NotificationBell extends Div {

    static final int RECENT = 8;

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAll = new Button("Mark all read");
    private final NotificationInbox inbox;
    private final Clock clock;
    private NotificationInbox.@Nullable Subscription subscription;

    NotificationBell(NotificationInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setTooltipText("Notifications");
        badge.getElement().getThemeList().add("badge pill small error primary");
        badge.addClassName("bell-badge");
        badge.setVisible(false);
        add(button, badge);

        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("380px");
        popover.setAriaLabel("Notifications");
        popover.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                refreshList();
            }
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(click -> {
            inbox.markAllRead();
            refresh();
        });
        Button all = new Button("See all", click -> go("notifications"));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button settings = new Button(VaadinIcon.COG.create(), click -> go("notifications/preferences"));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        settings.setAriaLabel("Notification settings");
        Span heading = new Span("Notifications");
        heading.addClassName("bell-heading");
        HorizontalLayout header = new HorizontalLayout(heading, markAll, all, settings);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(heading);
        list.addClassName("bell-list");
        popover.add(header, list);
        add(popover);
    }

    /** Reads the count again, and the list when it is open. What a signal runs, and tests call. */
    void refresh() {
        long unread = inbox.unreadCount();
        badge.setText(unread > NotificationInbox.COUNT_CAP ? NotificationInbox.COUNT_CAP + "+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        button.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + badge.getText() + " unread");
        markAll.setEnabled(unread > 0);
        if (popover.isOpened()) {
            refreshList();
        }
    }

    void refreshList() {
        list.removeAll();
        List<NotificationItem> recent = inbox.mine(0, RECENT).items();
        if (recent.isEmpty()) {
            Span none = new Span("No notifications yet.");
            none.addClassName("bell-empty");
            list.add(none);
        }
        recent.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationItem item) {
        Span title = new Span(item.title());
        title.addClassName("bell-title");
        Span when = new Span(NotificationFormat.when(item.createdAt(), clock.instant()));
        when.addClassName("bell-when");
        Div text = new Div(title, when);
        text.addClassName("bell-text");
        text.addClickListener(click -> open(item));
        Div row = new Div(text);
        row.addClassName("bell-row");
        if (!item.read()) {
            row.addClassName("unread");
            Button read = new Button(VaadinIcon.CHECK.create(), click -> {
                inbox.markRead(item.id());
                refresh();
                refreshList();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
            read.setAriaLabel("Mark read");
            read.setTooltipText("Mark read");
            row.add(read);
        }
        return row;
    }

    void open(NotificationItem item) {
        if (!item.read()) {
            inbox.markRead(item.id());
        }
        refresh();
        go(item.link());
    }

    private void go(String route) {
        popover.close();
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    boolean isSubscribed() {
        return subscription != null;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
        if (subscription == null) {
            UI ui = attachEvent.getUI();
            // runs on a background thread: the captured context keeps the user where Vaadin's strategy is not installed
            Runnable update = new DelegatingSecurityContextRunnable(this::refresh, SecurityContextHolder.getContext());
            subscription = inbox.subscribe(() -> {
                try {
                    ui.access(update::run);
                } catch (UIDetachedException e) {
                    // the tab is going away; its detach ends the subscription
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        super.onDetach(detachEvent);
    }
}
