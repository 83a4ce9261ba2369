package io.portalops.payment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.PaymentFilter;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The Payments filters: service, renewal within N days, card expiring within N days, cycle, reviewed. Any change reloads the grid. */
class PaymentFilterBar extends FilterBar {

    static final String YES = "Yes";
    static final String NO = "No";

    final ComboBox<ServiceOption> service = new ComboBox<>();
    final IntegerField renewalWithin = new IntegerField();
    final IntegerField cardWithin = new IntegerField();
    final IntegerField deadlineWithin = new IntegerField();
    final ComboBox<BillingCycle> cycle = new ComboBox<>();
    final ComboBox<String> reviewed = new ComboBox<>();

    /** {@code cardFilter}: whether the caller sees any card expiry; a product admin does not, so the filter is left out. */
    PaymentFilterBar(java.util.List<ServiceOption> services, boolean cardFilter, Runnable onChange) {
        super(onChange);
        service.setItems(services);
        service.setItemLabelGenerator(ServiceOption::name);
        cycle.setItems(BillingCycle.values());
        cycle.setItemLabelGenerator(BillingCycle::label);
        days(renewalWithin, "Renewals due within this many days, and overdue ones");
        renewalWithin.setPrefixComponent(VaadinIcon.CALENDAR_CLOCK.create());
        days(deadlineWithin, "Records whose cancellation deadline falls within this many days, and passed ones");
        deadlineWithin.setPrefixComponent(VaadinIcon.HOURGLASS.create());
        days(cardWithin, "Cards whose last valid day is within this many days, and expired ones");
        cardWithin.setPrefixComponent(VaadinIcon.CREDIT_CARD.create());
        cardWithin.setVisible(cardFilter);
        filter("Service", service);
        filter("Renewal within (days)", renewalWithin);
        filter("Cancel by within (days)", deadlineWithin);
        filter("Card expiry within (days)", cardWithin);
        filter("Billing cycle", cycle);
        reviewed.setItems(YES, NO);
        reviewed.setTooltipText("Whether someone marked the record's current terms reviewed");
        filter("Reviewed", reviewed);
    }

    private static void days(IntegerField field, String tooltip) {
        field.setTooltipText(tooltip);
        field.setMin(0);
        field.setMax(PaymentFilter.MAX_DAYS);
        field.setSuffixComponent(new Span("days"));
        field.addClassName("days-filter");
    }

    PaymentFilter value() {
        return new PaymentFilter(
                service.getValue() == null ? null : service.getValue().id(),
                null,
                valid(renewalWithin),
                cardWithin.isVisible() ? valid(cardWithin) : null,
                cycle.getValue(),
                valid(deadlineWithin),
                reviewed.isEmpty() ? null : YES.equals(reviewed.getValue()));
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put(
                        "service",
                        service.getValue() == null ? null : service.getValue().id())
                .put("renewal", valid(renewalWithin))
                .put("deadline", valid(deadlineWithin))
                .put("card", cardWithin.isVisible() ? valid(cardWithin) : null)
                .put("cycle", cycle.getValue())
                .put("reviewed", reviewed.isEmpty() ? null : reviewed.getValue().toLowerCase(Locale.ROOT))
                .toParameters();
    }

    /** Sets the filters from a link; unknown or invalid values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        service.setValue(
                query.item("service", service.getListDataView().getItems().toList(), ServiceOption::id));
        renewalWithin.setValue(days(query.text("renewal")));
        deadlineWithin.setValue(days(query.text("deadline")));
        cardWithin.setValue(cardWithin.isVisible() ? days(query.text("card")) : null);
        cycle.setValue(query.enumValue("cycle", BillingCycle.class));
        String given = query.text("reviewed");
        reviewed.setValue(YES.equalsIgnoreCase(given) ? YES : NO.equalsIgnoreCase(given) ? NO : null);
    }

    private static @Nullable Integer valid(IntegerField field) {
        Integer value = field.getValue();
        return value == null || value < 0 || value > PaymentFilter.MAX_DAYS ? null : value;
    }

    private static @Nullable Integer days(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value < 0 || value > PaymentFilter.MAX_DAYS ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
