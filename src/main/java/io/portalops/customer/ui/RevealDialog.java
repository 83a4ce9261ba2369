package io.portalops.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.customer.CustomerService;
import io.portalops.customer.PiiField;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.FormConstraints;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Asks why before showing personal data in clear. The reason is recorded with the reveal.
 */
class RevealDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");

    RevealDialog(PiiField field, Function<String, @Nullable String> reveal, Consumer<@Nullable String> onRevealed) {
        setHeaderTitle("Reveal " + field.label());
        reason.setWidthFull();
        reason.setMinLength(10);
        FormConstraints.limit(reason, CustomerService.MAX_REVEAL_REASON);
        reason.setHelperText("At least 10 characters, e.g. the ticket you are working on. It is recorded.");
        add(
                new Paragraph(
                        "You are about to see personal data in clear. Reveals are logged with your name and reason."),
                reason);
        Button confirm = new Button("Reveal", click -> {
            try {
                onRevealed.accept(reveal.apply(reason.getValue()));
                close();
            } catch (InvalidInputException e) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
