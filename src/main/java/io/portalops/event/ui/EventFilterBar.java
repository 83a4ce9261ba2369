package io.portalops.event.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.customer.CustomerService;
import io.portalops.customer.ui.CustomerPicker;
import io.portalops.event.EventFilter;
import io.portalops.event.EventLog;
import io.portalops.event.EventSeverity;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The event log filters: type, severity, source, customer, contract and a time range; any change reloads the grid. */
class EventFilterBar extends FilterBar {

    /**
     * Time range presets; CUSTOM shows two pickers. ALL sets no start: a customer's or a contract's whole history, and
     * otherwise the event log's default span (the hint under the picker says so).
     */
    enum Range {
        HOUR("Last hour", Duration.ofHours(1)),
        DAY("Last 24 hours", Duration.ofDays(1)),
        WEEK("Last 7 days", Duration.ofDays(7)),
        MONTH("Last 30 days", Duration.ofDays(30)),
        ALL("All time", null),
        CUSTOM("Custom", null);

        final String label;
        final @Nullable Duration span;

        Range(String label, @Nullable Duration span) {
            this.label = label;
            this.span = span;
        }
    }

    static final ZoneId ZONE = ZoneId.systemDefault();

    final ComboBox<String> type = new ComboBox<>();
    final ComboBox<EventSeverity> severity = new ComboBox<>();
    final TextField source = new TextField();
    final CustomerPicker customer;
    final TextField contract = new TextField();
    final ComboBox<Range> range = new ComboBox<>();
    final DateTimePicker from = DateFields.apply(new DateTimePicker());
    final DateTimePicker to = DateFields.apply(new DateTimePicker());
    private final Clock clock;
    private boolean live;

    EventFilterBar(List<String> typeNames, CustomerService customers, Clock clock, Runnable onChange) {
        super(onChange);
        this.clock = clock;
        customer = new CustomerPicker(customers);
        type.setItems(typeNames);
        severity.setItems(EventSeverity.values());
        severity.setItemLabelGenerator(EventSeverity::label);
        severity.setWidth("8rem");
        source.setWidth("9rem");
        source.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        customer.addValueChangeListener(change -> explainRange());
        contract.setPlaceholder("CT-2025-000123");
        contract.setTooltipText("A contract's number, e.g. CT-2025-000123");
        contract.setWidth("11rem");
        contract.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        contract.addValueChangeListener(change -> explainRange());
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r.label);
        range.setValue(Range.DAY);
        range.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                range.setValue(Range.DAY);
                return;
            }
            showPickers();
            explainRange();
        });
        showPickers();
        filter("Type", type);
        filter("Severity", severity);
        filter("Source", source);
        filter("Customer", customer);
        filter("Contract number", contract);
        // the range always has a value: a chip or Esc sets it back to the default day
        filter("Time range", range, Range.DAY);
        range.setClearButtonVisible(false);
        filter("From", from);
        filter("To", to);
    }

    /** While the log is tailed live, the range runs up to now, so the end picker does not apply. */
    void setLive(boolean live) {
        this.live = live;
        to.setEnabled(!live);
        to.setHelperText(live ? "Now: live tail is on" : null);
    }

    private void showPickers() {
        boolean custom = range.getValue() == Range.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
    }

    /** "All time" without a customer or a contract reads only the log's default span: say so rather than pretend. */
    private void explainRange() {
        boolean narrowed = customer.selectedId() != null || !contract.getValue().isBlank();
        range.setHelperText(
                range.getValue() == Range.ALL && !narrowed
                        ? "Last " + EventLog.DEFAULT_SPAN.toDays() + " days without a customer or contract"
                        : null);
    }

    EventFilter value() {
        Instant start;
        Instant end = null;
        Range chosen = range.getValue() == null ? Range.DAY : range.getValue();
        if (chosen == Range.CUSTOM) {
            start = from.getValue() == null
                    ? null
                    : from.getValue().atZone(ZONE).toInstant();
            end = live || to.getValue() == null
                    ? null
                    : to.getValue().atZone(ZONE).toInstant();
        } else {
            start = chosen.span == null ? null : clock.instant().minus(chosen.span);
        }
        return new EventFilter(
                customer.selectedId(),
                null,
                type.getValue(),
                source.getValue(),
                start,
                end,
                severity.getValue(),
                contract.getValue());
    }

    QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (type.getValue() != null) {
            query.put("type", type.getValue());
        }
        if (severity.getValue() != null) {
            query.put("severity", severity.getValue().name());
        }
        if (!source.getValue().isBlank()) {
            query.put("source", source.getValue().strip());
        }
        if (customer.selectedId() != null) {
            query.put("customer", Long.toString(customer.selectedId()));
        }
        if (!contract.getValue().isBlank()) {
            query.put("contract", contract.getValue().strip());
        }
        if (range.getValue() != null && range.getValue() != Range.DAY) {
            query.put("range", range.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (range.getValue() == Range.CUSTOM && from.getValue() != null) {
            query.put("from", from.getValue().toString());
        }
        if (range.getValue() == Range.CUSTOM && to.getValue() != null) {
            query.put("to", to.getValue().toString());
        }
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown or invalid values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        String typeName = query.text("type");
        type.setValue(type.getListDataView().getItems().anyMatch(typeName::equals) ? typeName : null);
        severity.setValue(Arrays.stream(EventSeverity.values())
                .filter(s -> s.name().equalsIgnoreCase(query.text("severity")))
                .findFirst()
                .orElse(null));
        source.setValue(query.text("source"));
        String customerId = query.text("customer");
        customer.select(customerId.matches("[0-9]{1,18}") ? Long.valueOf(customerId) : null);
        contract.setValue(query.text("contract"));
        Range chosen = Range.DAY;
        for (Range r : Range.values()) {
            if (r.name().equalsIgnoreCase(query.text("range"))) {
                chosen = r;
            }
        }
        range.setValue(chosen);
        from.setValue(localDateTime(query.text("from")));
        to.setValue(localDateTime(query.text("to")));
    }

    private static @Nullable LocalDateTime localDateTime(String value) {
        try {
            return value.isBlank() ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
