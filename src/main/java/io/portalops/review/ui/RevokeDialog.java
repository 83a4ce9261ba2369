package io.portalops.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.review.ReviewDecisions;
import java.util.function.Predicate;

/** Asks why an access is revoked (required), then decides; stays open when the decision is refused. */
class RevokeDialog extends Dialog {

    final TextArea comment = new TextArea("Why revoke?");
    final Button revoke = new Button("Revoke");

    RevokeDialog(String what, Predicate<String> decide) {
        setHeaderTitle("Revoke " + what);
        comment.setMaxLength(ReviewDecisions.MAX_COMMENT);
        comment.setRequired(true);
        comment.setWidthFull();
        add(comment);
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> {
            if (decide.test(comment.getValue())) {
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), revoke);
        setWidth("30rem");
    }
}
