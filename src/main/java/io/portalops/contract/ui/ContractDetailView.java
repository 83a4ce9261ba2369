package io.portalops.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractAttachments;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractTimelineSource;
import io.portalops.customer.CustomerService;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.HistoryPanel;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One contract, bookmarkable by its number: the facts, the buttons the user may use now, and tabs for approvals,
 * notes, flags, a merged timeline and the field history. Outside the user's scope it shows the same page as a
 * missing one.
 */
@Route("contracts")
@RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "ANALYST", "APPROVER"})
public class ContractDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ContractService contracts;
    private final ContractActions actions;
    private final ContractAttachments attachments;
    private final List<ContractTimelineSource> timelineSources;
    final H2 title = new H2();
    final Span status = new Span();
    final Span flagged = new Span();
    final Div facts = new Div();
    final ContractActionBar actionBar;
    final TabSheet tabs = new TabSheet();
    ContractNotesPanel notes;
    HistoryPanel history;
    ContractDetails current;
    private HistoryTab historyTab;

    ContractDetailView(
            ContractService contracts,
            ContractActions actions,
            CustomerService customers,
            ContractAttachments attachments,
            List<ContractTimelineSource> timelineSources) {
        this.attachments = attachments;
        this.timelineSources = timelineSources;
        this.contracts = contracts;
        this.actions = actions;
        addClassName("contract-detail");
        setSizeFull();
        actionBar = new ContractActionBar(contracts, actions, customers, this::show, this::reload);
        HorizontalLayout heading = new HorizontalLayout(title, status, flagged);
        heading.setAlignItems(Alignment.BASELINE);
        facts.addClassName("contract-facts");
        tabs.setSizeFull();
        add(new RouterLink("← Contracts", ContractsView.class), heading, facts, actionBar, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, String number) {
        try {
            show(contracts.getByNumber(number));
        } catch (io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void reload() {
        try {
            show(contracts.get(current.id()));
        } catch (io.portalops.shared.NotFoundException e) {
            // the user no longer sees it (e.g. an approver after someone else decided): back to the list
            getUI().ifPresent(ui -> ui.navigate(ContractsView.class));
        }
    }

    /** Shows the contract as the service answered; after an action the same tab stays open. */
    void show(ContractDetails contract) {
        current = contract;
        title.setText(contract.number() + " · " + contract.title());
        status.removeAll();
        status.add(ContractBadges.status(contract.status()));
        flagged.removeAll();
        flagged.add(ContractBadges.flag(contract.flagged()));
        if (contract.flagged()) {
            flagged.add(new Span(" Flagged"));
        }
        showFacts(contract);
        actionBar.show(contract);

        int selected = Math.max(0, tabs.getSelectedIndex());
        if (historyTab != null) {
            historyTab.remove();
        }
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        notes = new ContractNotesPanel(actions, contracts, contract, this::show);
        tabs.add("Overview", ContractPanels.overview(contract));
        tabs.add("Notes (" + contract.comments().size() + ")", notes);
        long open = contract.flags().stream().filter(ContractDetails.Flag::open).count();
        tabs.add(open > 0 ? "Flags (" + open + " open)" : "Flags", ContractPanels.flags(contract));
        tabs.add(
                "Timeline",
                ContractPanels.timeline(
                        contract,
                        timelineSources.stream()
                                .flatMap(source -> source.entriesFor(contract.id()).stream())
                                .toList()));
        tabs.add("Attachments", new ContractAttachmentsPanel(attachments, contract.id()));
        long historyId = contract.id();
        historyTab = HistoryTab.add(tabs, () -> contracts.history(historyId));
        history = historyTab.panel;
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        historyTab.loadIfSelected();
    }

    private void showFacts(ContractDetails c) {
        facts.removeAll();
        Anchor customer = new Anchor("customers/" + c.customerId(), c.customerName());
        // a router link by address: the customer module's views are not part of its public API
        customer.getElement().setAttribute("router-link", true);
        customer.addClassName("customer-link");
        facts.add(
                fact("Customer", customer),
                fact("Type", new Span(c.type().label())),
                fact("Value", new Span(c.value().format())),
                fact("Term", new Span(DateFields.format(c.startDate()) + " – " + DateFields.format(c.endDate()))),
                fact(
                        "Cancel by",
                        new Span(DateFields.format(c.cancellationDeadline()) + " (" + c.noticePeriodDays()
                                + " days notice" + (c.autoRenew() ? ", renews automatically)" : ")"))),
                fact("Owner", new Span(c.ownerName())));
        if (c.submittedAt() != null) {
            facts.add(fact("Submitted", new Span(ContractBadges.when(c.submittedAt()) + " by " + c.submittedByName())));
        }
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
        return current == null ? "Contract" : current.number() + " · Contracts";
    }
}
