package io.portalops.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerService;
import io.portalops.customer.PiiField;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Personal-data fields: empty with the masked value as placeholder, so that saving without typing keeps the stored
 * value. An ADMIN gets a reveal button that asks for a reason first.
 */
class PiiFieldControls {

    private final CustomerService customers;
    private final boolean admin;
    private final Map<PiiField, TextField> fields;
    private final Map<PiiField, Boolean> hasStoredValue = new EnumMap<>(PiiField.class);
    private final Map<PiiField, Button> revealButtons = new EnumMap<>(PiiField.class);
    private long customerId;

    PiiFieldControls(CustomerService customers, boolean admin, Map<PiiField, TextField> fields) {
        this.customers = customers;
        this.admin = admin;
        this.fields = fields;
        fields.forEach((pii, field) -> {
            field.setClearButtonVisible(true);
            if (admin) {
                Button reveal = new Button(VaadinIcon.EYE.create());
                reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                reveal.setAriaLabel("Reveal " + pii.label());
                reveal.setTooltipText("Reveal (reason required, recorded)");
                reveal.addClickListener(click -> new RevealDialog(
                                pii, reason -> customers.reveal(customerId, pii, reason), value -> {
                                    field.setValue(value == null ? "" : value);
                                    field.setHelperText("Shown in clear; your reveal is recorded. Edit to replace.");
                                })
                        .open());
                reveal.setVisible(false);
                field.setSuffixComponent(reveal);
                revealButtons.put(pii, reveal);
            }
        });
    }

    void showNew() {
        fields.forEach((pii, field) -> {
            field.clear();
            field.setPlaceholder("");
            field.setHelperText("");
            hasStoredValue.put(pii, false);
        });
    }

    void show(CustomerDetails customer) {
        customerId = customer.id();
        show(PiiField.NATIONAL_ID, customer.nationalIdMasked());
        show(PiiField.EMAIL, customer.emailMasked());
    }

    private void show(PiiField pii, @Nullable String masked) {
        TextField field = fields.get(pii);
        boolean stored = masked != null && !masked.isEmpty();
        hasStoredValue.put(pii, stored);
        field.clear();
        field.setPlaceholder(stored ? masked : "");
        field.setHelperText(stored ? "Masked. Type to replace; leave empty to keep." : "");
        if (admin) {
            revealButtons.get(pii).setVisible(stored);
        }
    }

    /** What to send: null keeps the stored value; a typed value replaces it. */
    @Nullable
    String valueFor(PiiField pii) {
        String typed = fields.get(pii).getValue();
        return typed.isBlank() && Boolean.TRUE.equals(hasStoredValue.get(pii)) ? null : typed;
    }
}
