package io.portalops.audit.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;
import io.portalops.audit.EntityChange;
import io.portalops.shared.ui.HistoryGrid;
import io.portalops.shared.ui.HistoryPanel;
import java.util.List;
import java.util.function.Supplier;

/**
 * The History tab of a detail view: the record's Envers revisions, read only when the tab is first opened (most
 * visits never open it), and again after {@link HistoryPanel#invalidate()}. Shared, hence the named interface.
 */
@org.springframework.modulith.NamedInterface("history-tab")
public final class HistoryTab {

    public final HistoryPanel panel;
    private final TabSheet tabs;
    private final Tab tab;
    private final Registration loader;

    private HistoryTab(TabSheet tabs, Supplier<List<EntityChange>> changes) {
        this.tabs = tabs;
        this.panel = panel(changes);
        this.tab = tabs.add("History", panel);
        this.loader = tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == tab) {
                panel.load();
            }
        });
    }

    /** Adds the History tab after the tabs already there. */
    public static HistoryTab add(TabSheet tabs, Supplier<List<EntityChange>> changes) {
        return new HistoryTab(tabs, changes);
    }

    /** Loads now if the tab is already the selected one, e.g. after the view restored the previous selection. */
    public void loadIfSelected() {
        if (tabs.getSelectedTab() == tab) {
            panel.load();
        }
    }

    /** Stops listening to the tab sheet: before the view replaces its tabs (Vaadin reuses a view from record to record). */
    public void remove() {
        loader.remove();
    }

    static HistoryPanel panel(Supplier<List<EntityChange>> changes) {
        return new HistoryPanel(() -> changes.get().stream()
                .map(c -> new HistoryGrid.Change(
                        c.at(),
                        c.actor(),
                        c.kind(),
                        c.fields().stream()
                                .map(f -> new HistoryGrid.Field(f.field(), f.oldValue(), f.newValue()))
                                .toList()))
                .toList());
    }
}
