package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.grid.GridViewForm;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.grid.SavedGridView;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Saves the grid's current filters, sort and columns under a name: private or for a role, default or not. */
class SaveViewDialog extends Dialog {

    static final String PRIVATE = "";

    final TextField name = new TextField("Name");
    final Select<String> sharing = new Select<>();
    final Checkbox makeDefault = new Checkbox("Open this view when I open the grid");
    final Button save = new Button("Save view");

    SaveViewDialog(
            GridViewStore store,
            String grid,
            GridState state,
            @Nullable SavedGridView active,
            Consumer<SavedGridView> saved) {
        setHeaderTitle("Save view");
        addClassName("save-view-dialog");
        name.setMaxLength(60);
        name.setRequired(true);
        name.setWidthFull();
        name.setHelperText("Saving under the name of one of your views replaces it.");
        List<String> options = new ArrayList<>();
        options.add(PRIVATE);
        options.addAll(store.shareableRoles());
        sharing.setLabel("Who sees it");
        sharing.setItems(options);
        sharing.setItemLabelGenerator(role -> role.isEmpty() ? "Only me" : "Everyone with the role " + label(role));
        sharing.setValue(PRIVATE);
        sharing.setWidthFull();
        if (active != null && active.mine()) {
            name.setValue(active.name());
            if (active.sharedWithRole() != null && options.contains(active.sharedWithRole())) {
                sharing.setValue(active.sharedWithRole());
            }
            makeDefault.setValue(active.isDefault());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                String role = sharing.getValue() == null || sharing.getValue().isEmpty() ? null : sharing.getValue();
                SavedGridView view =
                        store.save(new GridViewForm(grid, name.getValue(), role, makeDefault.getValue(), state));
                close();
                saved.accept(view);
            } catch (InvalidInputException e) {
                name.setInvalid(true);
                name.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            } catch (ConstraintViolationException e) {
                name.setInvalid(true);
                name.setErrorMessage(
                        e.getConstraintViolations().iterator().next().getMessage());
            } catch (RuleViolationException e) {
                Notifications.error(e.getMessage());
            }
        });
        VerticalLayout form = new VerticalLayout(name, sharing, makeDefault);
        form.setPadding(false);
        form.setWidth("24rem");
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static String label(String role) {
        String words = role.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
