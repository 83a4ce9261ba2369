package io.portalops.usage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.portalops.directory.SeatState;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Badge;
import io.portalops.shared.ui.Notifications;
import io.portalops.shared.ui.grid.GridToolbar;
import io.portalops.usage.ProductUsage;
import io.portalops.usage.ProductUsageDetails;
import io.portalops.usage.ReclaimResult;
import io.portalops.usage.SeatUsageItem;
import io.portalops.usage.UsagePolicyForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A product's seats by use: active, idle (no use in the product's idle period) and never used, the money a month in
 * reclaimable seats, the "reclaim idle seats" action, and the product's idle period and alert thresholds. A product
 * outside the user's scope is not found.
 */
@Route("usage/products")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
@StyleSheet("styles/usage.css")
public class ProductUsageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    final H2 title = new H2();
    final Div figures = new Div();
    final Button reclaim = new Button("Reclaim idle seats");
    final IntegerField idleDays = new IntegerField("Idle after (days)");
    final IntegerField maxUnused = new IntegerField("Alert above unused seats");
    final IntegerField minFree = new IntegerField("Alert below free seats");
    final Button save = new Button("Save settings");
    final Span rows = new Span();
    final Grid<SeatUsageItem> seats = new Grid<>();
    private final ProductUsage usage;
    private long productId;

    ProductUsageView(ProductUsage usage) {
        this.usage = usage;
        addClassName("product-usage");
        setSizeFull();
        figures.addClassName("usage-figures");
        reclaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reclaim.addClickListener(click -> reclaim());
        save.addClickListener(click -> save());
        for (IntegerField field : new IntegerField[] {idleDays, maxUnused, minFree}) {
            field.setClearButtonVisible(true);
            field.setWidth("12rem");
        }
        idleDays.setHelperText("blank: the default");
        maxUnused.setHelperText("blank: no alert");
        minFree.setHelperText("blank: no alert");
        seats.addColumn(SeatUsageItem::personName).setHeader("Person").setFlexGrow(2);
        seats.addComponentColumn(ProductUsageView::state)
                .setHeader("Use")
                .setWidth("8rem")
                .setFlexGrow(0);
        seats.addColumn(s -> day(s.lastUsedAt(), "never"))
                .setHeader("Last used")
                .setWidth("8rem")
                .setFlexGrow(0);
        seats.addColumn(s -> day(s.grantedAt(), ""))
                .setHeader("Granted")
                .setWidth("8rem")
                .setFlexGrow(0);
        seats.addColumn(s -> s.underRevoke() ? "revoke task open" : s.reclaimable() ? "reclaimable" : "")
                .setHeader("Reclaim")
                .setWidth("10rem")
                .setFlexGrow(0);
        seats.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        seats.setEmptyStateText("No one holds a seat.");
        seats.setSizeFull();
        HorizontalLayout settings = new HorizontalLayout(idleDays, maxUnused, minFree, save);
        settings.setAlignItems(Alignment.BASELINE);
        settings.setWrap(true);
        GridToolbar toolbar = new GridToolbar();
        toolbar.addStart(rows);
        add(
                new Anchor("services", "← Services"),
                title,
                figures,
                reclaim,
                new H4("Settings"),
                settings,
                toolbar,
                seats);
        setFlexGrow(1, seats);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        productId = parameter;
        try {
            show(usage.usage(productId));
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return "Seat usage · " + title.getText();
    }

    void show(ProductUsageDetails details) {
        title.setText(details.productLabel());
        figures.removeAll();
        figures.add(
                figure("Active", Integer.toString(details.active()), "used in " + details.idleDays() + " days"),
                figure("Idle", Integer.toString(details.idle()), "no use in " + details.idleDays() + " days"),
                figure("Never used", Integer.toString(details.neverUsed()), "no use recorded"),
                figure(
                        "Reclaimable",
                        details.reclaimableMonthly().format(),
                        details.reclaimable() + " seats × "
                                + details.seatMonthly().format() + " a month"));
        if (details.seatsPurchased() != null) {
            figures.add(figure("Free seats", String.valueOf(details.freeSeats()), "of " + details.seatsPurchased()));
        }
        reclaim.setVisible(details.mayReclaim());
        reclaim.setEnabled(details.reclaimable() > 0);
        idleDays.setValue(details.ownIdleDays() ? details.idleDays() : null);
        idleDays.setPlaceholder(Integer.toString(details.idleDays()));
        maxUnused.setValue(details.maxUnusedSeats());
        minFree.setValue(details.minFreeSeats());
        for (var field : new IntegerField[] {idleDays, maxUnused, minFree}) {
            field.setReadOnly(!details.mayEditPolicy());
        }
        save.setVisible(details.mayEditPolicy());
        rows.setText(details.seats().size() + " seats held");
        seats.setItems(details.seats());
    }

    private void reclaim() {
        ReclaimResult result = usage.reclaim(productId);
        Notifications.success(
                result.tasks().isEmpty()
                        ? "Every idle seat has a revoke task already."
                        : result.tasks().size() + " revoke tasks created; done, they save "
                                + result.monthlySaving().format() + " a month.");
        show(usage.usage(productId));
    }

    private void save() {
        if (idleDays.isInvalid() || maxUnused.isInvalid() || minFree.isInvalid()) {
            Notifications.error("Enter whole numbers, or leave a field blank.");
            return;
        }
        try {
            show(usage.updatePolicy(
                    productId, new UsagePolicyForm(idleDays.getValue(), maxUnused.getValue(), minFree.getValue())));
            Notifications.success("Settings saved");
        } catch (InvalidInputException | ConstraintViolationException | AccessDeniedException e) {
            Notifications.error(
                    e instanceof ConstraintViolationException c
                            ? c.getConstraintViolations().iterator().next().getMessage()
                            : e.getMessage());
        }
    }

    private static Div figure(String label, String value, String note) {
        Div tile = new Div(new Span(label), new Span(value), new Span(note));
        tile.addClassName("usage-figure");
        return tile;
    }

    private static Span state(SeatUsageItem seat) {
        return Badge.of(
                seat.state().label(),
                seat.state() == SeatState.ACTIVE ? "success" : seat.state() == SeatState.IDLE ? "warning" : "contrast");
    }

    private static String day(@Nullable Instant at, String none) {
        return at == null ? none : DAY.format(at);
    }
}
