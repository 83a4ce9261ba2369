package io.portalops.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.audit.ui.HistoryTab;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.CardDetails;
import io.portalops.payment.PaymentInvoices;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.files.UploadedFiles;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.HistoryPanel;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One product's billing record, bookmarkable by id: the facts with the attention badges, edit and delete for those who
 * may change it, its invoices and its history. Outside the user's scope it shows the same page as a missing one.
 */
@Route("payments")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class PaymentDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PaymentRegister payments;
    private final PaymentInvoices invoices;
    private final UploadedFiles files;
    private final Clock clock;
    private final List<String> currencies;
    final H2 title = new H2();
    final Div badges = new Div();
    final Div facts = new Div();
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button markReviewed = new Button("Mark reviewed", VaadinIcon.CHECK.create());
    final TabSheet tabs = new TabSheet();
    InvoicesPanel invoicesPanel;
    HistoryPanel history;
    BillingDetails current;
    private HistoryTab historyTab;

    PaymentDetailView(
            PaymentRegister payments,
            PaymentInvoices invoices,
            UploadedFiles files,
            Clock clock,
            PortalOpsProperties app) {
        this.payments = payments;
        this.invoices = invoices;
        this.files = files;
        this.clock = clock;
        this.currencies = app.currencies();
        addClassName("payment-detail");
        setSizeFull();
        edit.addClickListener(click -> new BillingFormDialog(payments, current, currencies, this::show).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        markReviewed.addClickListener(click -> markReviewed());
        HorizontalLayout heading = new HorizontalLayout(title, badges);
        heading.setAlignItems(Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(edit, markReviewed, delete);
        facts.addClassName("payment-facts");
        tabs.setSizeFull();
        add(new RouterLink("← Payments", PaymentsView.class), heading, facts, actions, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(payments.get(id));
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    void show(BillingDetails record) {
        current = record;
        LocalDate today = LocalDate.now(clock);
        title.setText(record.productLabel());
        badges.removeAll();
        badges.add(PaymentBadges.of(
                record.renewalDue(),
                record.cancellationDeadline(),
                record.cardExpiring(),
                record.card() == null ? null : record.card().lastValidDay(),
                today));
        showFacts(record);
        edit.setVisible(record.editable());
        delete.setVisible(record.editable());
        markReviewed.setVisible(record.editable() && record.reviewedAt() == null);

        int selected = Math.max(0, tabs.getSelectedIndex());
        if (historyTab != null) {
            historyTab.remove();
        }
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        invoicesPanel = new InvoicesPanel(invoices, files, record, currencies, () -> history.invalidate());
        long id = record.id();
        tabs.add("Invoices", invoicesPanel);
        historyTab = HistoryTab.add(tabs, () -> payments.history(id));
        history = historyTab.panel;
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        historyTab.loadIfSelected();
    }

    private void showFacts(BillingDetails r) {
        facts.removeAll();
        facts.add(
                fact(
                        "Amount",
                        r.amount().format() + " " + (r.cycle() == BillingCycle.ANNUAL ? "per year" : "per month")),
                fact(
                        "Next renewal",
                        r.nextRenewal()
                                + (r.autoRenew() ? " · renews automatically" : " · does not renew automatically")),
                fact("Notice period", r.notice().label()),
                fact("Cancel by", r.cancellationDeadline().toString()),
                fact("Purchase order", r.poNumber() == null ? "—" : r.poNumber()),
                fact("Paid by", paidBy(r.method().label(), r.card())));
        facts.add(fact("Reviewed", reviewed(r)));
        if (r.card() != null) {
            Div expiry = fact("Card expiry", r.card().expiry());
            expiry.addClassName(r.card().masked() ? "masked" : "clear");
            expiry.getElement()
                    .setAttribute(
                            "title",
                            r.card().masked()
                                    ? "Only admins of this product's service see the card holder and expiry."
                                    : "");
            facts.add(
                    fact(
                            "Card holder",
                            r.card().holder() == null ? "—" : r.card().holder()),
                    expiry);
        }
        if (r.notes() != null) {
            Div notes = fact("Notes", r.notes());
            notes.addClassName("notes");
            facts.add(notes);
        }
    }

    static String paidBy(String method, CardDetails card) {
        return card == null ? method : card.brand().label() + " •••• " + card.last4();
    }

    private String reviewed(BillingDetails r) {
        return r.reviewedAt() == null
                ? "Not since its terms last changed"
                : DateFields.format(LocalDate.ofInstant(r.reviewedAt(), clock.getZone())) + " by " + r.reviewedBy();
    }

    private void markReviewed() {
        try {
            show(payments.markReviewed(current.id()));
            Notifications.success("Marked reviewed · " + current.productLabel());
        } catch (RuleViolationException | StaleDataException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete billing record?",
                "Delete the billing record of " + current.productLabel()
                        + " with its invoices? The deletion is recorded in the audit history.",
                "Delete",
                confirmed -> {
                    try {
                        payments.delete(current.id(), current.version());
                        Notifications.success("Billing record of " + current.productLabel() + " deleted");
                        getUI().ifPresent(ui -> ui.navigate(PaymentsView.class));
                    } catch (StaleDataException e) {
                        Notifications.error(e.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }

    private static Div fact(String label, Component value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Div fact = new Div(name, value);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return current == null ? "Payment" : current.productLabel() + " · Payments";
    }
}
