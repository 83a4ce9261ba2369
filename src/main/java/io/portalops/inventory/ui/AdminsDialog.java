package io.portalops.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.portalops.security.AccountSummary;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Notifications;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Picks the admins of a service or product among the accounts holding the matching role. */
class AdminsDialog extends Dialog {

    final MultiSelectComboBox<AccountSummary> admins = new MultiSelectComboBox<>();
    final Button save = new Button("Save");

    AdminsDialog(
            String title,
            String roleLabel,
            List<AccountSummary> candidates,
            List<AccountSummary> current,
            Consumer<Set<Long>> assign) {
        setHeaderTitle(title);
        admins.setLabel(roleLabel + "s");
        admins.setHelperText("Only accounts with the " + roleLabel + " role are listed.");
        admins.setItems(candidates);
        admins.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        Set<Long> currentIds = current.stream().map(AccountSummary::id).collect(Collectors.toSet());
        admins.setValue(
                candidates.stream().filter(a -> currentIds.contains(a.id())).collect(Collectors.toSet()));
        admins.setWidthFull();
        add(admins);
        setWidth("min(32rem, 95vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                assign.accept(admins.getValue().stream().map(AccountSummary::id).collect(Collectors.toSet()));
                close();
            } catch (InvalidInputException e) {
                e.fieldErrors().values().forEach(Notifications::error);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
