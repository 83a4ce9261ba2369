package io.portalops.gridview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.ui.grid.GridViews;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every grid with saved views agrees with {@link KnownGrids}: its columns are the catalogue's, in order, each with a
 * key, and what a view of it would store passes the service's checks. A grid that adds a column without the
 * catalogue fails here rather than refusing its users' views.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
@WithUserDetails("admin")
class GridViewsCatalogueTest extends SpringBrowserlessTest {

    static final Map<String, String> ROUTES = Map.of(
            "contracts", "contracts",
            "customers", "customers",
            "events", "events",
            "people", "directory",
            "payments", "payments",
            "tasks", "tasks",
            "services", "services",
            "audit", "audit",
            "exports", "exports",
            "accounts", "admin/accounts");

    @Test
    void every_grid_with_saved_views_has_the_catalogues_columns_and_stores_only_what_the_catalogue_allows()
            throws ReflectiveOperationException {
        assertThat(ROUTES.keySet()).containsExactlyInAnyOrderElementsOf(KnownGrids.ids());
        for (Map.Entry<String, String> grid : ROUTES.entrySet()) {
            UI.getCurrent().navigate(grid.getValue());
            roundTrip();
            Component view = (Component) getCurrentView();
            Field field = view.getClass().getDeclaredField("views");
            field.setAccessible(true);
            GridViews<?> views = (GridViews<?>) field.get(view);
            assertThat(views.columns().ordered().stream().map(Grid.Column::getKey))
                    .as(grid.getKey())
                    .containsExactlyElementsOf(
                            KnownGrids.of(grid.getKey()).orElseThrow().columns());
            GridState state = views.current();
            GridStates.check(KnownGrids.of(grid.getKey()).orElseThrow(), state);
        }
    }
}
