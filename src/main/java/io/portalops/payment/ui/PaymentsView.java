package io.portalops.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import io.portalops.export.Exports;
import io.portalops.export.ui.ExportMenu;
import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceFilter;
import io.portalops.payment.PaymentExport;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.payment.PaymentSortField;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.UrlFilters;
import io.portalops.shared.ui.grid.FilterChips;
import io.portalops.shared.ui.grid.GridKeyboard;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.shared.ui.grid.GridViews;
import io.portalops.shared.ui.grid.RowCountLabel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment register across every product the user may see. Rows with a renewal inside its notice window or a card
 * about to expire are highlighted (and say so in the Attention column); filters travel in the URL.
 */
@Route("payments")
@PageTitle("Payments")
@Menu(order = 55, icon = "vaadin:credit-card", title = "Payments")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class PaymentsView extends VerticalLayout implements BeforeEnterObserver {

    final PaymentFilterBar filters;
    final Grid<PaymentListItem> grid = new Grid<>(PaymentListItem.class, false);
    final GridViews<PaymentListItem> views;
    final BulkMenu<PaymentListItem> bulk;
    private final MatchingCount matching;
    final Button create = new Button("New billing record", VaadinIcon.PLUS.create());
    private final Clock clock;
    private final UrlFilters url;

    PaymentsView(
            PaymentRegister payments,
            SaasCatalog catalog,
            CurrentUserProvider currentUser,
            Clock clock,
            PaymentExport export,
            Exports exports,
            PortalOpsProperties app,
            GridViewStore viewStore,
            BulkActions bulkActions) {
        this.clock = clock;
        addClassName("payments-view");
        setSizeFull();
        boolean writer = currentUser.require().hasAny(Role.ADMIN, Role.SERVICE_ADMIN);
        List<ServiceOption> services = catalog.services(ServiceFilter.none()).stream()
                .map(s -> new ServiceOption(s.id(), s.name()))
                .toList();
        filters = new PaymentFilterBar(services, writer, this::refresh);
        url = new UrlFilters(
                "payments", query -> filters.apply(query), () -> filters.toQueryParameters(), () -> reload());
        matching = new MatchingCount(payments);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writer);
        create.addClickListener(click -> new BillingFormDialog(
                        payments,
                        payments.productsWithoutRecord(),
                        app.currencies(),
                        saved -> create.getUI().ifPresent(ui -> ui.navigate(PaymentDetailView.class, saved.id())))
                .open());
        filters.addToActions(
                create,
                new ExportMenu(
                        exports,
                        export,
                        () -> export.query(
                                        filters.value(),
                                        sortOf(grid.getDataCommunicator().getBackEndSorting()))
                                .followingGrid(exportColumns())));

        // Fixed widths in rem that add up to what a 1440 px screen leaves beside the navigation (with the Reviewed
        // column the Attention badges were cut): dense text (portalops.css), and a long product name wraps.
        grid.addColumn(PaymentListItem::productLabel)
                .setHeader("Product")
                .setKey(PaymentSortField.PRODUCT.name())
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(3)
                .setTooltipGenerator(PaymentListItem::productLabel);
        grid.addColumn(i -> i.amount().format() + (i.cycle() == BillingCycle.ANNUAL ? " /yr" : " /mo"))
                .setHeader("Amount")
                .setKey(PaymentSortField.CYCLE.name())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("9.25rem")
                .setFlexGrow(0)
                .setTooltipGenerator(i -> i.cycle().label() + " billing");
        grid.addColumn(i -> i.nextRenewal() + (i.autoRenew() ? "" : " · ends"))
                .setHeader("Next renewal")
                .setKey(PaymentSortField.RENEWAL.name())
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(0)
                .setTooltipGenerator(i -> i.autoRenew() ? "Renews automatically" : "Does not renew automatically");
        grid.addColumn(i -> i.notice().label())
                .setHeader("Notice")
                .setKey("notice")
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(i -> DateFields.format(i.cancellationDeadline()))
                .setHeader("Cancel by")
                .setKey(PaymentSortField.DEADLINE.name())
                .setSortable(true)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(PaymentsView::paidBy)
                .setHeader("Paid by")
                .setKey("paid-by")
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setTooltipGenerator(i -> i.method().label());
        grid.addColumn(i -> i.cardExpiry() == null ? "" : i.cardExpiry())
                .setHeader("Expiry")
                .setKey("expiry")
                .setWidth("4.5rem")
                .setFlexGrow(0)
                .setTooltipGenerator(i -> i.cardExpiry() == null ? "" : "Card expiry");
        grid.addColumn(this::reviewed)
                .setHeader("Reviewed")
                .setKey("reviewed")
                .setWidth("6rem")
                .setFlexGrow(0)
                .setTooltipGenerator(i ->
                        i.reviewedBy() == null ? "Not reviewed since its terms last changed" : "By " + i.reviewedBy());
        grid.addComponentColumn(i -> PaymentBadges.of(
                        i.renewalDue(),
                        i.cancellationDeadline(),
                        i.cardExpiring(),
                        i.cardLastValidDay(),
                        LocalDate.now(clock)))
                .setHeader("Attention")
                .setKey("attention")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.setPartNameGenerator(item -> highlight(item, LocalDate.now(clock)));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("dense-grid");
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setEmptyStateText("No billing records match these filters.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(
                query -> payments
                        .search(filters.value(), sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                        .items()
                        .stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(PaymentSortField.DEADLINE.name()))
                .build());

        Div legend = new Div(new Span("Cancellation deadline:"));
        for (PaymentUrgency urgency : PaymentUrgency.values()) {
            Span key = new Span(urgency.label());
            key.addClassNames("legend-key", urgency.part());
            legend.add(key);
        }
        Span card = new Span("Card expires within " + PaymentRegister.ATTENTION_DAYS + " days");
        card.addClassNames("legend-key", "card-expiring");
        legend.add(card);
        legend.getElement()
                .setAttribute(
                        "title",
                        "The notice window is " + PaymentRegister.ATTENTION_DAYS + " days before the deadline ("
                                + PaymentRegister.MONTHLY_ATTENTION_DAYS + " for monthly renewals).");
        legend.addClassName("payments-legend");
        views = new GridViews<>("payments", "payments", grid, viewStore, url);
        views.exportAs("paid-by", "Method", "Card brand", "Card last 4");
        views.exportAs("DEADLINE", "Cancellation deadline");
        views.exportAs("expiry", "Card expiry");
        bulk = new BulkMenu<>(
                bulkActions,
                "payments",
                grid,
                PaymentListItem::id,
                () -> filters.value().parameters(),
                () -> matching.of(filters.value()),
                "payments",
                this::reload);
        GridToolbar toolbar = new GridToolbar();
        views.addTo(toolbar);
        toolbar.addStart(new RowCountLabel(() -> payments.count(filters.value()), "billing record", "billing records")
                .follow(grid));
        toolbar.addEnd(bulk);
        toolbar.addEnd(GridKeyboard.install(grid, filters, this::open).helpButton());
        add(filters, legend, toolbar, new FilterChips(filters), grid);
    }

    /** The filter changed, or a bulk run is over: fresh rows and no selection left from before. */
    private void reload() {
        grid.getDataProvider().refreshAll();
        matching.forget();
        if (bulk != null) {
            bulk.reset();
        }
    }

    private String reviewed(PaymentListItem item) {
        return item.reviewedAt() == null
                ? ""
                : DateFields.format(LocalDate.ofInstant(item.reviewedAt(), clock.getZone()));
    }

    private void open(PaymentListItem item) {
        getUI().ifPresent(ui -> ui.navigate(PaymentDetailView.class, item.id()));
    }

    /** Grid row part names, styled in portalops.css. */
    static String highlight(PaymentListItem item, LocalDate today) {
        List<String> parts = new ArrayList<>();
        PaymentUrgency urgency = PaymentUrgency.of(item, today);
        if (urgency != null) {
            parts.add(urgency.part());
        }
        if (item.cardExpiring()) {
            parts.add("card-expiring");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String paidBy(PaymentListItem item) {
        return item.cardBrand() == null ? "Invoice" : item.cardBrand().shortLabel() + " …" + item.cardLast4();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        views.enter(event);
    }

    private void refresh() {
        url.changed(this);
    }

    private static List<SortOrder<PaymentSortField>> sortOf(List<QuerySortOrder> orders) {
        List<SortOrder<PaymentSortField>> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            sort.add(new SortOrder<>(
                    PaymentSortField.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        return sort;
    }

    /** The visible columns, in order, for the export: asked when the user exports, after the constructor ran. */
    private List<String> exportColumns() {
        return views.exportColumns();
    }
}
