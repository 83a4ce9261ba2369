package io.portalops.bulk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkRowResult;
import java.util.Locale;

/** What a bulk run did: how many rows were done, and each refused row with the reason the single action gave. */
class BulkResultDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final Grid<BulkRowResult> refused = new Grid<>(BulkRowResult.class, false);

    BulkResultDialog(BulkAction action, BulkResult result) {
        addClassName("bulk-result-dialog");
        setHeaderTitle(action.label() + ": " + String.format(Locale.ROOT, "%,d done", result.done())
                + (result.refused() > 0 ? String.format(Locale.ROOT, ", %,d refused", result.refused()) : ""));
        summary.setText(String.format(
                Locale.ROOT,
                "%,d of %,d selected rows done. The run is on the audit log with its ids.",
                result.done(),
                result.selected()));
        add(summary);
        if (result.refused() > 0) {
            refused.addColumn(BulkRowResult::id)
                    .setHeader("Row id")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            refused.addColumn(BulkRowResult::reason)
                    .setHeader("Refused because")
                    .setFlexGrow(1);
            refused.setItems(result.refusedRows());
            refused.addThemeVariants(GridVariant.LUMO_COMPACT);
            refused.setHeight("16rem");
            add(refused);
        }
        setWidth("40rem");
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
