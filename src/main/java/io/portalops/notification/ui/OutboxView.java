package io.portalops.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.notification.MailOutbox;
import io.portalops.notification.OutboxItem;
import io.portalops.notification.OutboxStatus;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/** Admin screen: emails not sent yet (pending, being sent, failed), the last error, and "retry now". */
@Route("admin/outbox")
@PageTitle("Mail outbox")
@Menu(order = 96, icon = "vaadin:envelopes-o", title = "Mail outbox")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final Grid<OutboxItem> grid = new Grid<>(OutboxItem.class, false);
    private final MailOutbox outbox;

    OutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        setSizeFull();
        grid.addColumn(OutboxItem::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> WHEN.format(item.createdAt()))
                .setHeader("Queued")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxItem::toAddress).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxItem::subject).setHeader("Subject").setFlexGrow(1);
        grid.addComponentColumn(OutboxView::status)
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxItem::attempts)
                .setHeader("Attempts")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.status() == OutboxStatus.PENDING ? WHEN.format(item.nextAttemptAt()) : "")
                .setHeader("Next attempt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.lastError() == null ? "" : item.lastError())
                .setHeader("Last error")
                .setFlexGrow(1);
        grid.addComponentColumn(this::retryButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setSizeFull();
        grid.setEmptyStateText(
                "Nothing waiting: every email has been sent. Messages that fail stay here with their error.");
        Button reload = new Button(
                "Reload",
                VaadinIcon.REFRESH.create(),
                click -> grid.getDataProvider().refreshAll());
        add(new HorizontalLayout(reload), grid);
    }

    Stream<OutboxItem> fetch(int offset, int limit) {
        return outbox.unsent(offset, Math.min(limit, MailOutbox.MAX_PAGE)).items().stream();
    }

    void retry(OutboxItem item) {
        try {
            outbox.retryNow(item.id());
            Notifications.success("Message #" + item.id() + " will be sent with the next run.");
        } catch (InvalidInputException | NotFoundException e) {
            Notifications.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private Button retryButton(OutboxItem item) {
        Button retry = new Button("Retry now", click -> retry(item));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setEnabled(item.status() == OutboxStatus.PENDING || item.status() == OutboxStatus.FAILED);
        return retry;
    }

    private static Span status(OutboxItem item) {
        Span badge = new Span(item.status().name().toLowerCase(Locale.ROOT));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (item.status()) {
                            case FAILED -> "badge error";
                            case SENDING -> "badge contrast";
                            case SENT -> "badge success";
                            case PENDING -> "badge";
                        });
        return badge;
    }
}
