package io.portalops.bulk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkSelection;
import io.portalops.shared.paging.RowCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.modulith.NamedInterface;

/**
 * Multi-select and bulk actions for a grid (ADR 036): the rows ticked, or "all matching the filter", which the server
 * resolves from the filter rather than from the rows loaded. Each action opens a {@link BulkDialog} that states the
 * count before anything is done. Shown only when the caller's roles allow at least one of the grid's actions.
 */
@NamedInterface("bulk-menu")
public class BulkMenu<T> extends HorizontalLayout {

    final Span selection = new Span();
    final Button selectAll = new Button();
    final Button clear = new Button("Clear selection");
    final MenuBar menu = new MenuBar();
    final List<MenuItem> items = new ArrayList<>();

    private final BulkActions bulk;
    private final String gridId;
    private final Grid<T> grid;
    private final ToLongFunction<T> id;
    private final Supplier<Map<String, String>> filter;
    private final Supplier<RowCount> count;
    private final String noun;
    private final Runnable afterRun;
    private boolean allMatching;

    /**
     * @param filter   the grid's current filter, as its list endpoint's parameters
     * @param count    how many rows match it (the toolbar's count)
     * @param noun     the rows' name in the plural, e.g. "contracts"
     * @param afterRun refreshes the grid and its count once a run is over
     */
    public BulkMenu(
            BulkActions bulk,
            String gridId,
            Grid<T> grid,
            ToLongFunction<T> id,
            Supplier<Map<String, String>> filter,
            Supplier<RowCount> count,
            String noun,
            Runnable afterRun) {
        this.bulk = bulk;
        this.gridId = gridId;
        this.grid = grid;
        this.id = id;
        this.filter = filter;
        this.count = count;
        this.noun = noun;
        this.afterRun = afterRun;
        addClassName("bulk-menu");
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        List<BulkAction> actions = bulk.available(gridId);
        setVisible(!actions.isEmpty());
        if (actions.isEmpty()) {
            return;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(change -> {
            if (change.isFromClient()) {
                allMatching = false;
            }
            update();
        });
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        selectAll.addClickListener(click -> selectAllMatching());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClickListener(click -> reset());
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = menu.addItem(VaadinIcon.TASKS.create());
        root.add("Bulk actions");
        root.setAriaLabel("Bulk actions");
        for (BulkAction action : actions) {
            items.add(root.getSubMenu().addItem(action.label(), click -> open(action)));
        }
        selection.addClassName("bulk-selection");
        add(selection, selectAll, clear, menu);
        // after the toolbar's count, which refreshes on attach too and comes first in the toolbar
        addAttachListener(attach -> update());
        update();
    }

    /** Selects every row matching the filter, as the server will resolve it, not only the rows loaded. */
    public void selectAllMatching() {
        allMatching = true;
        grid.deselectAll();
        update();
    }

    /** Forgets the selection: the view calls this when its filter changes, which changes what "all" means. */
    public void reset() {
        allMatching = false;
        grid.deselectAll();
        update();
    }

    public boolean allMatching() {
        return allMatching;
    }

    /** What a run would act on now: the filter, or the ids ticked. */
    BulkSelection current() {
        return allMatching
                ? BulkSelection.ofFilter(filter.get())
                : BulkSelection.ofIds(grid.getSelectedItems().stream()
                        .map(id::applyAsLong)
                        .sorted()
                        .toList());
    }

    private void open(BulkAction action) {
        new BulkDialog(bulk, gridId, action, current(), noun, this::finished).open();
    }

    private void finished() {
        reset();
        afterRun.run();
    }

    private void update() {
        int ticked = grid.getSelectedItems().size();
        RowCount matching = count.get();
        boolean any = allMatching || ticked > 0;
        selection.setText(
                allMatching
                        ? "All " + matching.label() + " matching selected"
                        : ticked > 0 ? ticked + " selected" : "");
        selection.setVisible(any);
        selectAll.setText("Select all matching (" + matching.label() + ")");
        selectAll.setVisible(!allMatching && matching.value() > 0);
        clear.setVisible(any);
        items.forEach(item -> item.setEnabled(any));
    }
}
