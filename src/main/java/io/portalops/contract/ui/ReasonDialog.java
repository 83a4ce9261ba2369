package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.FlagSeverity;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.Notifications;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the comment or reason of a decision (approve, reject, terminate, flag, clear flag) and runs it. A refusal
 * by the service closes the dialog with its message; input errors stay on the field.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final ComboBox<FlagSeverity> severity = new ComboBox<>("Severity");
    final Button confirm = new Button();

    /**
     * @param action gets the severity (when asked for) and the text; returns the contract after the action
     * @param onRefused runs after a refusal (e.g. someone else decided first) so the screen can reload
     */
    ReasonDialog(
            String title,
            String explanation,
            String confirmLabel,
            boolean reasonRequired,
            boolean askSeverity,
            BiFunction<@Nullable FlagSeverity, String, ContractDetails> action,
            Consumer<ContractDetails> onDone,
            Runnable onRefused) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        reason.setLabel(reasonRequired ? "Reason" : "Comment (optional)");
        reason.setRequiredIndicatorVisible(reasonRequired);
        FormConstraints.limit(reason, reasonRequired ? ContractActions.MAX_REASON : ContractActions.MAX_COMMENT);
        reason.setWidthFull();
        severity.setItems(FlagSeverity.values());
        severity.setItemLabelGenerator(
                s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT));
        severity.setValue(FlagSeverity.MEDIUM);
        severity.setVisible(askSeverity);
        add(new Paragraph(explanation), severity, reason);
        setWidth("min(32rem, 95vw)");
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (reasonRequired && reason.getValue().isBlank()) {
                reason.setErrorMessage("A reason is required.");
                reason.setInvalid(true);
                return;
            }
            try {
                ContractDetails after = action.apply(askSeverity ? severity.getValue() : null, reason.getValue());
                close();
                onDone.accept(after);
            } catch (InvalidInputException e) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            } catch (RuleViolationException | StaleDataException e) {
                close();
                Notifications.error(e.getMessage());
                onRefused.run();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
