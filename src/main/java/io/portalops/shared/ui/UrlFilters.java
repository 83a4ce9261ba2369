package io.portalops.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a grid view's filters and its URL's query parameters in step, so a filtered list can be bookmarked, shared
 * and linked to (the dashboard's drill-downs): on entry the URL fills the filters without being written back, and
 * every later filter change reloads the grid and rewrites the URL in place (no new history entry).
 */
public final class UrlFilters {

    private final Supplier<String> route;
    private final Consumer<QueryParameters> fromUrl;
    private final Supplier<QueryParameters> toUrl;
    private final Runnable reload;
    private boolean applyingUrl;

    /**
     * @param route   the view's route, e.g. {@code customers}
     * @param fromUrl sets the filters from the query parameters
     * @param toUrl   the query parameters of the current filters
     * @param reload  reloads the grid
     */
    public UrlFilters(
            String route, Consumer<QueryParameters> fromUrl, Supplier<QueryParameters> toUrl, Runnable reload) {
        this(() -> route, fromUrl, toUrl, reload);
    }

    /** For a view whose path changes while it is open (a master-detail), {@code route} gives the current path. */
    public UrlFilters(
            Supplier<String> route,
            Consumer<QueryParameters> fromUrl,
            Supplier<QueryParameters> toUrl,
            Runnable reload) {
        this.route = route;
        this.fromUrl = fromUrl;
        this.toUrl = toUrl;
        this.reload = reload;
    }

    /** Call from {@code beforeEnter}. */
    public void enter(BeforeEnterEvent event) {
        enter(event.getLocation().getQueryParameters());
    }

    /** Fills the filters from these parameters (a saved view's) as if the URL carried them, and reloads. */
    public void enter(QueryParameters parameters) {
        applyingUrl = true;
        try {
            fromUrl.accept(parameters);
        } finally {
            applyingUrl = false;
        }
        reload.run();
    }

    /** The query parameters of the filters in force: what a saved view keeps. */
    public QueryParameters current() {
        return toUrl.get();
    }

    /** Call when a filter changed; does nothing while the URL itself is filling the filters. */
    public void changed(Component view) {
        if (applyingUrl) {
            return;
        }
        reload.run();
        view.getUI()
                .ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route.get(), toUrl.get())));
    }
}
