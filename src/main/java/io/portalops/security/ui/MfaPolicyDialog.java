package io.portalops.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portalops.security.MfaPolicyService;
import io.portalops.security.MfaRolePolicy;
import io.portalops.security.Role;
import io.portalops.shared.ui.Notifications;
import java.util.EnumMap;
import java.util.Map;

/**
 * The per-role second-factor policy (ADR 033): a box per role, with what the configuration says beside it. Changing a
 * box stores an override for that role; "Follow configuration" removes the overrides. Each change is audited.
 */
class MfaPolicyDialog extends Dialog {

    final Map<Role, Checkbox> boxes = new EnumMap<>(Role.class);
    final Button save = new Button("Save");
    final Button followConfiguration = new Button("Follow configuration");

    MfaPolicyDialog(MfaPolicyService policy) {
        setHeaderTitle("Two-factor policy");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Paragraph("Accounts holding a checked role must set up an authenticator app right after their "
                + "password, and use it at every sign-in."));
        for (MfaRolePolicy rule : policy.policy()) {
            Checkbox box = new Checkbox("Required for " + rule.role().label(), rule.required());
            box.setHelperText("Configuration: " + (rule.configured() ? "required" : "optional")
                    + (rule.override() == null ? "" : " · overridden here"));
            boxes.put(rule.role(), box);
            content.add(box);
        }
        add(content);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            int changed = 0;
            for (MfaRolePolicy rule : policy.policy()) {
                boolean wanted = boxes.get(rule.role()).getValue();
                if (wanted != rule.required()) {
                    policy.setRequired(rule.role(), wanted);
                    changed++;
                }
            }
            Notifications.success(changed == 0 ? "No change" : "Two-factor policy saved");
            close();
        });
        followConfiguration.addClickListener(click -> {
            for (MfaRolePolicy rule : policy.policy()) {
                policy.followConfiguration(rule.role());
            }
            Notifications.success("Every role follows the configuration");
            close();
        });
        getFooter().add(followConfiguration, new Button("Cancel", click -> close()), save);
    }
}
