package io.portalops.contract.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.contract.ContractChange;
import io.portalops.contract.ContractService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed which field of a contract and when, newest first: one row per changed field. Loaded when the tab opens.
 */
class ContractHistoryPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    record Row(String when, String who, String what, String field, String oldValue, String newValue) {
    }

    final Grid<Row> grid = new Grid<>(Row.class, false);
    private final ContractService contracts;
    private final long contractId;
    private boolean loaded;

    ContractHistoryPanel(ContractService contracts, long contractId) {
        this.contracts = contracts;
        this.contractId = contractId;
        setPadding(false);
        setSizeFull();
        grid.addColumn(Row::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::who).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::what).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::field).setHeader("Field").setAutoWidth(true);
        grid.addComponentColumn(ContractHistoryPanel::change).setHeader("Change").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No recorded changes yet.");
        grid.setSizeFull();
        add(grid);
    }

    void load() {
        if (loaded) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (ContractChange change : contracts.history(contractId)) {
            String when = WHEN.format(change.at());
            if (change.fields().isEmpty()) {
                rows.add(new Row(when, change.actor(), change.kind(), "", "", ""));
            }
            change.fields().forEach(f -> rows.add(new Row(when, change.actor(), change.kind(), f.field(), f.oldValue(), f.newValue())));
        }
        grid.setItems(rows);
        loaded = true;
    }

    private static Div change(Row row) {
        Span old = new Span(row.oldValue().isEmpty() ? "—" : row.oldValue());
        old.addClassName("old-value");
        Span next = new Span(row.newValue().isEmpty() ? "—" : row.newValue());
        next.addClassName("new-value");
        Div div = new Div(old, new Span(" → "), next);
        div.addClassName("field-change");
        return div;
    }
}
