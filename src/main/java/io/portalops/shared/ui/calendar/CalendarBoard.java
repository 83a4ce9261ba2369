package io.portalops.shared.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A FullCalendar month, week and list view of all-day {@link CalendarItem}s. The server owns the items: the element
 * reports the range it shows ({@link #addRangeChangeListener}) and the owner answers with {@link #setItems}; a click on
 * an item opens its link. Items with an action are highlighted (ADR 041).
 */
@Tag("portalops-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.22")
@JsModule("./components/portalops-calendar.ts")
@StyleSheet("styles/calendar.css")
public class CalendarBoard extends Component implements HasSize {

    /** The views the element offers, by FullCalendar's names. */
    public enum View {
        MONTH("dayGridMonth"),
        WEEK("dayGridWeek"),
        LIST("listMonth");

        private final String clientName;

        View(String clientName) {
            this.clientName = clientName;
        }

        public String clientName() {
            return clientName;
        }
    }

    private final Map<String, CalendarItem> items = new LinkedHashMap<>();

    public CalendarBoard(View view, LocalDate date) {
        setWidthFull();
        getElement().getStyle().set("display", "block");
        getElement().setProperty("view", view.clientName());
        getElement().setProperty("date", date.toString());
        addListener(
                ItemClickEvent.class,
                event -> event.item().ifPresent(item -> getUI().ifPresent(ui -> ui.navigate(item.link()))));
    }

    public void setItems(List<CalendarItem> list) {
        items.clear();
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (CalendarItem item : list) {
            items.put(item.id(), item);
            ObjectNode node = json.addObject();
            node.put("id", item.id());
            node.put("title", item.label());
            node.put("start", item.day().toString());
            node.put("allDay", true);
            ArrayNode classes = node.putArray("classNames");
            classes.add("portalops-calendar-" + item.kind());
            if (item.action() != null) {
                classes.add("portalops-calendar-actionable");
            }
        }
        getElement().setPropertyJson("events", json);
    }

    /** The items last handed to the element, in order. */
    public List<CalendarItem> getItems() {
        return List.copyOf(items.values());
    }

    public Registration addRangeChangeListener(ComponentEventListener<RangeChangeEvent> listener) {
        return addListener(RangeChangeEvent.class, listener);
    }

    /** The element shows another range: from {@code start} (inclusive) to {@code end} (exclusive). */
    @DomEvent("range-change")
    public static class RangeChangeEvent extends ComponentEvent<CalendarBoard> {

        private final LocalDate start;
        private final LocalDate end;

        public RangeChangeEvent(
                CalendarBoard source,
                boolean fromClient,
                @EventData("event.detail.start") String start,
                @EventData("event.detail.end") String end) {
            super(source, fromClient);
            this.start = LocalDate.parse(start);
            this.end = LocalDate.parse(end);
        }

        public LocalDate start() {
            return start;
        }

        public LocalDate end() {
            return end;
        }
    }

    /** A click on an item; an id the board did not hand out (a forged event) finds nothing. */
    @DomEvent("item-click")
    public static class ItemClickEvent extends ComponentEvent<CalendarBoard> {

        private final String id;

        public ItemClickEvent(CalendarBoard source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public Optional<CalendarItem> item() {
            return Optional.ofNullable(getSource().items.get(id));
        }
    }
}
