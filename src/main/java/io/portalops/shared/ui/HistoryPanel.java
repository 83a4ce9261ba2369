package io.portalops.shared.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The History tab of a detail screen: loads the revisions when the tab is first opened, and again after a save.
 */
public class HistoryPanel extends VerticalLayout {

    public final HistoryGrid grid = new HistoryGrid();
    private final Supplier<List<HistoryGrid.Change>> changes;
    private boolean loaded;

    public HistoryPanel(Supplier<List<HistoryGrid.Change>> changes) {
        this.changes = changes;
        setPadding(false);
        setSizeFull();
        add(grid);
    }

    public void load() {
        if (!loaded) {
            grid.show(changes.get());
            loaded = true;
        }
    }

    /** After a save: reload now if the tab is showing, otherwise when it is next opened. */
    public void invalidate() {
        loaded = false;
        if (isAttached() && isVisible()) {
            load();
        }
    }
}
