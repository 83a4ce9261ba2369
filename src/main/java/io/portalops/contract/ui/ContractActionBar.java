package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractDetails.AvailableAction;
import io.portalops.contract.ContractService;
import io.portalops.customer.CustomerService;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.ui.Notifications;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The buttons of a contract: only the actions the service lists as available to the user now. Each action answers
 * with the contract as it is afterwards, which the view shows; a refusal shows its message and reloads.
 */
class ContractActionBar extends FlexLayout {

    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button submit = new Button("Submit for approval");
    final Button approve = new Button("Approve", VaadinIcon.CHECK.create());
    final Button reject = new Button("Reject", VaadinIcon.CLOSE_SMALL.create());
    final Button revise = new Button("Revise");
    final Button activate = new Button("Activate");
    final Button terminate = new Button("Terminate");
    final Button flag = new Button("Flag", VaadinIcon.FLAG.create());
    final Button unflag = new Button("Clear flag", VaadinIcon.FLAG_O.create());
    private final Map<AvailableAction, Button> buttons = Map.of(
            AvailableAction.EDIT,
            edit,
            AvailableAction.SUBMIT,
            submit,
            AvailableAction.APPROVE,
            approve,
            AvailableAction.REJECT,
            reject,
            AvailableAction.REVISE,
            revise,
            AvailableAction.ACTIVATE,
            activate,
            AvailableAction.TERMINATE,
            terminate,
            AvailableAction.FLAG,
            flag,
            AvailableAction.UNFLAG,
            unflag);
    private ContractDetails current;

    ContractActionBar(
            ContractService contracts,
            ContractActions actions,
            CustomerService customers,
            Consumer<ContractDetails> onChanged,
            Runnable reload) {
        addClassName("contract-actions");
        getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        terminate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        edit.addClickListener(click -> new ContractFormDialog(contracts, customers, current, onChanged).open());
        submit.addClickListener(
                click -> run(() -> actions.submit(current.id()), "Submitted " + current.number(), onChanged, reload));
        revise.addClickListener(click ->
                run(() -> actions.revise(current.id()), current.number() + " is a draft again", onChanged, reload));
        activate.addClickListener(
                click -> run(() -> actions.activate(current.id()), current.number() + " is active", onChanged, reload));
        approve.addClickListener(click -> new ReasonDialog(
                        "Approve " + current.number(),
                        "Your approval is recorded with your name. " + approvalNote(current),
                        "Approve",
                        false,
                        false,
                        (severity, text) -> actions.approve(current.id(), text),
                        done(onChanged, ActionToasts::approved),
                        reload)
                .open());
        reject.addClickListener(click -> new ReasonDialog(
                        "Reject " + current.number(),
                        "The account manager sees your reason and can revise the contract.",
                        "Reject",
                        true,
                        false,
                        (severity, text) -> actions.reject(current.id(), text),
                        done(onChanged, ActionToasts::rejected),
                        reload)
                .open());
        terminate.addClickListener(click -> new ReasonDialog(
                        "Terminate " + current.number(),
                        "Termination ends the contract and cannot be undone.",
                        "Terminate",
                        true,
                        false,
                        (severity, text) -> actions.terminate(current.id(), text),
                        done(onChanged, ActionToasts::terminated),
                        reload)
                .open());
        flag.addClickListener(click -> new ReasonDialog(
                        "Flag " + current.number(),
                        "A flag marks the contract for attention in every list until someone clears it.",
                        "Flag",
                        true,
                        true,
                        (severity, text) -> actions.flag(current.id(), severity, text),
                        done(onChanged, ActionToasts::flagged),
                        reload)
                .open());
        unflag.addClickListener(click -> new ReasonDialog(
                        "Clear flags of " + current.number(),
                        "Clears every open flag of this contract.",
                        "Clear flag",
                        true,
                        false,
                        (severity, text) -> actions.unflag(current.id(), null, text),
                        done(onChanged, ActionToasts::unflagged),
                        reload)
                .open());
        add(edit, submit, approve, reject, revise, activate, terminate, flag, unflag);
    }

    void show(ContractDetails details) {
        current = details;
        buttons.forEach(
                (action, button) -> button.setVisible(details.availableActions().contains(action)));
    }

    private static String approvalNote(ContractDetails details) {
        return details.requiredApprovals() < 2
                ? "One approval completes it."
                : "It needs " + details.requiredApprovals()
                        + " approvals from different approvers; the last must be within its approver's limit.";
    }

    private static Consumer<ContractDetails> done(
            Consumer<ContractDetails> onChanged, Function<ContractDetails, String> message) {
        return after -> {
            Notifications.success(message.apply(after));
            onChanged.accept(after);
        };
    }

    private static void run(
            Supplier<ContractDetails> action, String message, Consumer<ContractDetails> onChanged, Runnable reload) {
        try {
            ContractDetails after = action.get();
            Notifications.success(message);
            onChanged.accept(after);
        } catch (RuleViolationException | StaleDataException | InvalidInputException e) {
            Notifications.error(e.getMessage());
            reload.run();
        }
    }
}
