package io.portalops.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.customer.CustomerChange;
import io.portalops.customer.CustomerService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed which field and when, newest first: one row per changed field. Loaded when the tab opens.
 */
class CustomerHistoryPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    record Row(String when, String who, String what, String field, String oldValue, String newValue) {
    }

    final Grid<Row> grid = new Grid<>(Row.class, false);
    private final CustomerService customers;
    private final long customerId;
    private boolean loaded;

    CustomerHistoryPanel(CustomerService customers, long customerId) {
        this.customers = customers;
        this.customerId = customerId;
        setPadding(false);
        setSizeFull();
        grid.addColumn(Row::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::who).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::what).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::field).setHeader("Field").setAutoWidth(true);
        grid.addComponentColumn(row -> change(row)).setHeader("Change").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No recorded changes yet. Changes made in PortalOps appear here with who made them.");
        grid.setSizeFull();
        add(grid);
    }

    void load() {
        if (loaded) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (CustomerChange change : customers.history(customerId)) {
            String when = WHEN.format(change.at());
            if (change.fields().isEmpty()) {
                rows.add(new Row(when, change.actor(), change.kind(), "", "", ""));
            }
            change.fields().forEach(f -> rows.add(new Row(when, change.actor(), change.kind(), f.field(), f.oldValue(), f.newValue())));
        }
        grid.setItems(rows);
        loaded = true;
    }

    void invalidate() {
        loaded = false;
        if (isAttached() && isVisible()) {
            load();
        }
    }

    private static Div change(Row row) {
        Span old = new Span(row.oldValue().isEmpty() ? "—" : row.oldValue());
        old.addClassName("old-value");
        Span arrow = new Span(" → ");
        Span next = new Span(row.newValue().isEmpty() ? "—" : row.newValue());
        next.addClassName("new-value");
        Div div = new Div(old, arrow, next);
        div.addClassName("field-change");
        return div;
    }
}
