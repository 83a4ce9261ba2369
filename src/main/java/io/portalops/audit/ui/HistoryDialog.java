package io.portalops.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import io.portalops.audit.EntityChange;
import io.portalops.shared.ui.HistoryPanel;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * The Envers history of one record (who, when, field: old → new), in a dialog, for screens without a detail page of
 * their own: services and products over their master-detail, accounts in their grid. Shared, hence the named interface.
 */
@NamedInterface("history-dialog")
public class HistoryDialog extends Dialog {

    public final HistoryPanel history;

    public HistoryDialog(String title, Supplier<List<EntityChange>> changes) {
        setHeaderTitle(title);
        history = HistoryTab.panel(changes);
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
