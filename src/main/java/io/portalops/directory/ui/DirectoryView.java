package io.portalops.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.ui.BulkMenu;
import io.portalops.directory.PersonExport;
import io.portalops.directory.PersonListItem;
import io.portalops.directory.PersonService;
import io.portalops.directory.PersonSortField;
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Directory: everyone in the company, page by page, filtered by name, department, status and a product held.
 * SaaS admins read it to find the people they grant access to; an ADMIN also adds people and imports them from CSV.
 */
@Route("directory")
@PageTitle("Directory")
@Menu(order = 50, icon = "vaadin:group", title = "Directory")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class DirectoryView extends VerticalLayout implements BeforeEnterObserver {

    final DirectoryFilterBar filters;
    final Grid<PersonListItem> grid = new Grid<>(PersonListItem.class, false);
    final GridViews<PersonListItem> views;
    final BulkMenu<PersonListItem> bulk;
    final RowCountLabel count;
    final Button create = new Button("New person", VaadinIcon.PLUS.create());
    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create());
    private final UrlFilters url;

    DirectoryView(
            PersonService people,
            SaasCatalog catalog,
            CurrentUserProvider currentUser,
            PersonExport export,
            Exports exports,
            GridViewStore viewStore,
            BulkActions bulkActions) {
        addClassName("directory-view");
        setSizeFull();
        filters = new DirectoryFilterBar(people.departments(), catalog.grantableProducts(), this::refresh);
        url = new UrlFilters(
                "directory", query -> filters.apply(query), () -> filters.toQueryParameters(), () -> reload());
        boolean admin = currentUser.require().has(Role.ADMIN);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        create.addClickListener(click -> create.getUI().ifPresent(ui -> ui.navigate(PersonView.class, "new")));
        importCsv.setVisible(admin);
        importCsv.addClickListener(click -> importCsv.getUI().ifPresent(ui -> ui.navigate(PeopleImportView.class)));
        filters.addToActions(
                importCsv,
                create,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(
                                        filters.value(),
                                        sortOf(grid.getDataCommunicator().getBackEndSorting()))
                                .followingGrid(exportColumns())));

        grid.addColumn(PersonListItem::employeeNumber)
                .setHeader("Employee no.")
                .setKey(PersonSortField.EMPLOYEE_NUMBER.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(PersonListItem::name)
                .setHeader("Name")
                .setKey(PersonSortField.NAME.name())
                .setSortable(true)
                .setWidth("11rem")
                .setFlexGrow(2)
                .setTooltipGenerator(PersonListItem::email);
        grid.addColumn(p -> text(p.department()))
                .setHeader("Department")
                .setKey(PersonSortField.DEPARTMENT.name())
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(p -> text(p.title()))
                .setHeader("Title")
                .setKey("title")
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(p -> text(p.location()))
                .setHeader("Location")
                .setKey("location")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(p -> DirectoryBadges.employment(p.status()))
                .setHeader("Status")
                .setKey(PersonSortField.STATUS.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(p -> date(p.startDate()))
                .setHeader("Start")
                .setKey(PersonSortField.START_DATE.name())
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(p -> date(p.endDate()))
                .setHeader("End")
                .setKey(PersonSortField.END_DATE.name())
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("No people match these filters.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(
                query -> people
                        .search(filters.value(), sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                        .items()
                        .stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(PersonSortField.NAME.name()))
                .build());
        views = new GridViews<>("people", "directory", grid, viewStore, url);
        views.exportAs("EMPLOYEE_NUMBER", "Employee number");
        count = new RowCountLabel(() -> people.count(filters.value()), "person", "people").follow(grid);
        bulk = new BulkMenu<>(
                bulkActions,
                "people",
                grid,
                PersonListItem::id,
                () -> filters.value().parameters(),
                count::count,
                "people",
                this::reload);
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(count);
        toolbar.addEnd(bulk);
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(filters, toolbar, new FilterChips(filters), grid);
    }

    /** The filter changed, or a bulk run is over: fresh rows and count, and no selection left from before. */
    private void reload() {
        grid.getDataProvider().refreshAll(); // the count follows the grid
        if (bulk != null) {
            bulk.reset();
        }
    }

    private void open(PersonListItem person) {
        getUI().ifPresent(ui -> ui.navigate(PersonView.class, Long.toString(person.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    private static List<SortOrder<PersonSortField>> sortOf(List<QuerySortOrder> orders) {
        List<SortOrder<PersonSortField>> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            sort.add(new SortOrder<>(
                    PersonSortField.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        return sort;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String date(LocalDate date) {
        return io.portalops.shared.ui.DateFields.format(date);
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
