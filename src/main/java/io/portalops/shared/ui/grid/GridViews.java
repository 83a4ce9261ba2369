package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.grid.GridSort;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.grid.SavedGridView;
import io.portalops.shared.ui.Notifications;
import io.portalops.shared.ui.UrlFilters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saved views and column control for one grid (issue #22, ADR 035). A grid view creates it after adding its
 * columns, adds it to its toolbar, calls {@link #enter} from {@code beforeEnter} instead of {@code UrlFilters#enter},
 * and gives exports {@link #exportColumns()}.
 *
 * <p>On entry: {@code ?view=<id or slug>} applies that view (its parameters as if the URL carried them, its sort
 * and columns); no query parameters at all applies the user's default view; anything else is the URL's filters with
 * the columns the user last left. {@code ?view=} (empty) is the plain grid, skipping the default.
 */
public final class GridViews<T> {

    static final String VIEW = "view";

    private final String gridId;
    private final String route;
    private final Grid<T> grid;
    private final GridViewStore store;
    private final @Nullable UrlFilters url;
    private final GridColumns<T> columns;
    private final SavedViewsMenu menu;
    private final ColumnChooser chooser;
    private @Nullable SavedGridView active;

    /**
     * @param gridId the grid's id in the store, e.g. {@code contracts}
     * @param route  the view's route, to give each saved view its URL
     * @param url    the grid's URL filters; null for a grid without filters in its URL (sort and columns only)
     */
    public GridViews(String gridId, String route, Grid<T> grid, GridViewStore store, @Nullable UrlFilters url) {
        this.gridId = gridId;
        this.route = route;
        this.grid = grid;
        this.store = store;
        this.url = url;
        this.columns = new GridColumns<>(grid, this::remember);
        this.menu = new SavedViewsMenu(this);
        this.chooser = new ColumnChooser(columns);
        store.columns(gridId).ifPresent(this::applyColumns);
        menu.refresh(store.views(gridId), null);
    }

    /** Puts the views menu at the start of the toolbar and the column chooser at its end. */
    public GridViews<T> addTo(GridToolbar toolbar) {
        toolbar.addStart(menu);
        toolbar.addEnd(chooser);
        return this;
    }

    /** Call from {@code beforeEnter}. */
    public void enter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> named = query.getParameters().getOrDefault(VIEW, List.of());
        Optional<SavedGridView> view = Optional.empty();
        if (!named.isEmpty() && !named.get(0).isBlank()) {
            view = store.find(gridId, named.get(0));
            if (view.isEmpty()) {
                Notifications.error("That saved view does not exist, or is not shared with you.");
            }
        } else if (query.getParameters().isEmpty()) {
            view = store.defaultView(gridId);
        }
        if (view.isPresent()) {
            open(view.get());
            if (named.isEmpty()) {
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                new Location(
                                        event.getLocation().getPath(),
                                        QueryParameters.of(VIEW, view.get().slug())));
            }
            return;
        }
        active = null;
        applyColumns(store.columns(gridId).orElse(GridState.empty()));
        Map<String, List<String>> filters = new LinkedHashMap<>(query.getParameters());
        filters.remove(VIEW);
        if (url != null) {
            url.enter(new QueryParameters(filters));
        }
        menu.refresh(store.views(gridId), null);
    }

    /** Applies a view in place: its filters, sort and columns. */
    void open(SavedGridView view) {
        active = view;
        applyColumns(view.state());
        applySort(view.state().sort());
        if (url != null) {
            url.enter(new QueryParameters(view.state().parameters()));
        }
        menu.refresh(store.views(gridId), view);
    }

    /** What a view saved now would keep. */
    public GridState current() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (url != null) {
            url.current().getParameters().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    parameters.put(name, values);
                }
            });
        }
        List<GridSort> sort = new ArrayList<>();
        for (GridSortOrder<T> order : grid.getSortOrder()) {
            if (order.getSorted().getKey() != null) {
                sort.add(new GridSort(order.getSorted().getKey(), order.getDirection() == SortDirection.ASCENDING));
            }
        }
        GridState layout = columns.state();
        return new GridState(parameters, sort, layout.columns(), layout.freezeFirstColumn());
    }

    /**
     * Names the export's columns that a grid column shows under another header (or combined): the export then
     * follows the grid through them.
     */
    public GridViews<T> exportAs(String key, String... exportHeaders) {
        columns.exportAs(key, List.of(exportHeaders));
        return this;
    }

    /** The visible columns, in order, as the export names them. */
    public List<String> exportColumns() {
        return columns.exportNames();
    }

    public GridColumns<T> columns() {
        return columns;
    }

    public SavedViewsMenu menu() {
        return menu;
    }

    public ColumnChooser chooser() {
        return chooser;
    }

    public Optional<SavedGridView> active() {
        return Optional.ofNullable(active);
    }

    void navigateTo(SavedGridView view) {
        UI.getCurrent().navigate(route, QueryParameters.of(VIEW, view.slug()));
    }

    void navigateToPlainGrid() {
        UI.getCurrent().navigate(route, QueryParameters.of(VIEW, ""));
    }

    void openSaveDialog() {
        new SaveViewDialog(store, gridId, current(), active, saved -> {
                    Notifications.success("View “" + saved.name() + "” saved.");
                    navigateTo(saved);
                })
                .open();
    }

    void confirmDelete(SavedGridView view) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + view.name() + "”?");
        confirm.setText(
                view.sharedWithRole() == null
                        ? "The view is deleted for you."
                        : "The view is shared: it is deleted for everyone who sees it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> delete(view));
        confirm.open();
    }

    void delete(SavedGridView view) {
        try {
            store.delete(view.id());
            Notifications.success("View “" + view.name() + "” deleted.");
            navigateToPlainGrid();
        } catch (AccessDeniedException | NotFoundException e) {
            Notifications.error(e.getMessage());
            menu.refresh(store.views(gridId), active);
        }
    }

    private void applyColumns(GridState state) {
        columns.apply(state);
        chooser.refresh();
    }

    private void applySort(List<GridSort> sort) {
        List<GridSortOrder<T>> orders = new ArrayList<>();
        for (GridSort s : sort) {
            Grid.Column<T> column = grid.getColumnByKey(s.key());
            if (column != null && column.isSortable()) {
                orders.add(new GridSortOrder<>(
                        column, s.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING));
            }
        }
        if (!orders.isEmpty()) {
            grid.sort(orders);
        }
    }

    private void remember() {
        store.rememberColumns(gridId, columns.state());
        chooser.refresh();
    }
}
