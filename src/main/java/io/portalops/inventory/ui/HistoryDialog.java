package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import io.portalops.audit.EntityChange;
import io.portalops.shared.ui.HistoryGrid;
import io.portalops.shared.ui.HistoryPanel;
import java.util.List;
import java.util.function.Supplier;

/** The Envers history of a service or product, in a dialog over the master-detail. */
class HistoryDialog extends Dialog {

    final HistoryPanel history;

    HistoryDialog(String title, Supplier<List<EntityChange>> changes) {
        setHeaderTitle(title);
        history = new HistoryPanel(() -> changes.get().stream().map(c -> new HistoryGrid.Change(c.at(), c.actor(), c.kind(),
                c.fields().stream().map(f -> new HistoryGrid.Field(f.field(), f.oldValue(), f.newValue())).toList())).toList());
        add(history);
        setWidth("min(60rem, 95vw)");
        setHeight("min(36rem, 90vh)");
        getFooter().add(new Button("Close", click -> close()));
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                history.load();
            }
        });
    }
}
