package io.portalops.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.notification.Delivery;
import io.portalops.notification.NotificationCause;
import io.portalops.notification.NotificationPreferences;
import io.portalops.notification.PreferenceItem;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/** Per cause: email at once, in the daily digest, or in the app only. The in-app notification always comes. */
@Route("notifications/preferences")
@PageTitle("Notification settings")
@PermitAll
public class NotificationPreferencesView extends VerticalLayout {

    final Map<NotificationCause, RadioButtonGroup<Delivery>> choices = new EnumMap<>(NotificationCause.class);
    final Button save = new Button("Save");
    private final NotificationPreferences preferences;

    NotificationPreferencesView(NotificationPreferences preferences) {
        this.preferences = preferences;
        add(new Paragraph("Every notification appears under the bell. Choose, for each kind, whether it also comes by "
                + "email at once, in one daily digest email, or not by email at all."));
        for (NotificationCause cause : NotificationCause.values()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(cause.label());
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(Delivery::label);
            group.setRequired(true);
            choices.put(cause, group);
            add(group);
        }
        show();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(save);
    }

    void save() {
        Map<NotificationCause, Delivery> chosen = new EnumMap<>(NotificationCause.class);
        choices.forEach((cause, group) -> chosen.put(cause, group.getValue()));
        if (chosen.containsValue(null)) {
            Notifications.error("Choose a delivery for every kind of notification.");
            return;
        }
        try {
            preferences.saveMine(chosen);
            Notifications.success("Notification settings saved.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show() {
        for (PreferenceItem item : preferences.mine()) {
            RadioButtonGroup<Delivery> group = choices.get(item.cause());
            group.setValue(item.delivery());
            group.setHelperText(item.chosen() ? null : "Default");
        }
    }
}
