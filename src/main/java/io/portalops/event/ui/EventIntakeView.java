package io.portalops.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.event.DeadLetterItem;
import io.portalops.event.DeadLetters;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import io.portalops.event.IngestOutcome;
import io.portalops.security.Role;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Admin screen for the event intake: the event types with their JSON Schemas, and the dead letters that can be
 * replayed once the cause is fixed.
 */
@Route("admin/event-intake")
@PageTitle("Event intake")
@Menu(order = 93, icon = "vaadin:inbox", title = "Event intake")
@RolesAllowed(Role.ADMIN_NAME)
public class EventIntakeView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final Grid<EventTypeInfo> types = new Grid<>(EventTypeInfo.class, false);
    final Grid<DeadLetterItem> deadLetters = new Grid<>(DeadLetterItem.class, false);
    final Checkbox showReplayed = new Checkbox("Show replayed");
    final TabSheet tabs = new TabSheet();
    private final EventTypes eventTypes;
    private final DeadLetters letters;

    EventIntakeView(EventTypes eventTypes, DeadLetters letters) {
        this.eventTypes = eventTypes;
        this.letters = letters;
        setSizeFull();

        types.addColumn(EventTypeInfo::name)
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        types.addColumn(EventTypeInfo::description)
                .setHeader("Description")
                .setFlexGrow(1)
                .setTooltipGenerator(EventTypeInfo::description);
        types.addColumn(type -> type.severity().label())
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        types.addColumn(t -> t.enabled() ? "Enabled" : "Disabled")
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        types.addComponentColumn(t ->
                        new Button("Edit schema…", click -> new EventTypeDialog(eventTypes, t, this::refresh).open()))
                .setWidth("12em")
                .setFlexGrow(0);
        types.setItemDetailsRenderer(
                new ComponentRenderer<>(t -> new Pre(t.schema().toPrettyString())));
        types.setSizeFull();
        Button newType = new Button("New type", click -> new EventTypeDialog(eventTypes, null, this::refresh).open());
        newType.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout typesTab = new VerticalLayout(newType, types);
        typesTab.setPadding(false);
        typesTab.setSizeFull();

        deadLetters
                .addColumn(d -> WHEN.format(d.receivedAt()))
                .setHeader("Received")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deadLetters
                .addColumn(d -> d.source() == null ? "" : d.source())
                .setHeader("Source")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deadLetters
                .addColumn(d -> d.type() == null ? "" : d.type())
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        deadLetters
                .addColumn(EventIntakeView::arrivedBy)
                .setHeader("Arrived by")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(EventIntakeView::arrivedBy);
        deadLetters
                .addColumn(DeadLetterItem::reason)
                .setHeader("Reason")
                .setFlexGrow(1)
                .setTooltipGenerator(DeadLetterItem::reason);
        deadLetters.addComponentColumn(this::replayButton).setAutoWidth(true).setFlexGrow(0);
        deadLetters.setItemDetailsRenderer(new ComponentRenderer<>(d -> new Div(
                new Paragraph(d.reason()),
                new Paragraph("Arrived by: " + arrivedBy(d)),
                wrapped(new Pre(d.body())),
                new Paragraph(
                        d.bodyTruncated()
                                ? "Only the beginning of this event was kept (payload limit); it cannot be replayed."
                                : ""))));
        deadLetters.setEmptyStateText("No rejected events waiting.");
        deadLetters.setSizeFull();
        deadLetters.setItems(query -> letters
                .list(showReplayed.getValue(), query.getOffset(), Math.min(query.getLimit(), DeadLetters.MAX_PAGE))
                .items()
                .stream());
        showReplayed.addValueChangeListener(
                change -> deadLetters.getDataProvider().refreshAll());
        VerticalLayout lettersTab = new VerticalLayout(showReplayed, deadLetters);
        lettersTab.setPadding(false);
        lettersTab.setSizeFull();

        tabs.add("Event types", typesTab);
        tabs.add("Dead letters", lettersTab);
        tabs.setSizeFull();
        add(tabs);
        refresh();
    }

    /**
     * Where a dead letter came from: a stream's record names its topic, partition and offset (e.g.
     * {@code kafka:events-0@42}), so that an operator can find it on the broker; the HTTP API's caller got the reasons
     * in its answer and has no origin.
     */
    static String arrivedBy(DeadLetterItem letter) {
        return letter.origin() == null ? "HTTP API" : letter.origin();
    }

    void refresh() {
        types.setItems(eventTypes.list());
        deadLetters.getDataProvider().refreshAll();
    }

    private Button replayButton(DeadLetterItem item) {
        Button replay = new Button("Replay", click -> replay(item));
        replay.setEnabled(item.replayedAt() == null && !item.bodyTruncated());
        replay.setAriaLabel("Replay the event " + (item.eventId() == null ? "" : item.eventId()) + " from "
                + (item.source() == null ? "" : item.source()));
        replay.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return replay;
    }

    /** Sends the dead letter through ingestion again: stored, found already stored, or still rejected with today's reason. */
    void replay(DeadLetterItem item) {
        IngestOutcome outcome = letters.replay(item.id());
        if (outcome.status() == IngestOutcome.Status.REJECTED) {
            Notifications.error("Still rejected: " + String.join(" ", outcome.reasons()));
        } else {
            Notifications.success(
                    outcome.status() == IngestOutcome.Status.ACCEPTED
                            ? "Event stored"
                            : "Already stored: marked replayed");
        }
        refresh();
    }

    /** A rejected body may be one long line; it wraps instead of widening the grid. */
    private static Pre wrapped(Pre body) {
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return body;
    }
}
