package io.portalops.contract.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.contract.ContractService;
import io.portalops.shared.ui.HistoryGrid;

/**
 * The History tab: Envers revisions as who changed which field and when, newest first. Loaded when the tab opens.
 */
class ContractHistoryPanel extends VerticalLayout {

    final HistoryGrid grid = new HistoryGrid();
    private final ContractService contracts;
    private final long contractId;
    private boolean loaded;

    ContractHistoryPanel(ContractService contracts, long contractId) {
        this.contracts = contracts;
        this.contractId = contractId;
        setPadding(false);
        setSizeFull();
        add(grid);
    }

    void load() {
        if (loaded) {
            return;
        }
        grid.show(contracts.history(contractId).stream().map(c -> new HistoryGrid.Change(c.at(), c.actor(), c.kind(),
                c.fields().stream().map(f -> new HistoryGrid.Field(f.field(), f.oldValue(), f.newValue())).toList())).toList());
        loaded = true;
    }
}
