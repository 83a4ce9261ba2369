package io.portalops.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.security.AccountPreferences;
import io.portalops.shared.DateStyle;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Locale;

/** The user's date format: ISO by default, or the style of their browser's locale, or another listed one. */
@Route("account/preferences")
@PageTitle("Preferences")
@PermitAll
public class PreferencesView extends VerticalLayout {

    private static final LocalDate EXAMPLE = LocalDate.of(2027, 6, 30);

    final RadioButtonGroup<DateStyle> dateStyle = new RadioButtonGroup<>("Date format");
    final Button save = new Button("Save");

    PreferencesView(AccountPreferences preferences) {
        addClassName("narrow-view");
        Locale locale = UI.getCurrent() == null ? Locale.ROOT : UI.getCurrent().getLocale();
        DateStyle ofLocale = DateStyle.forLocale(locale);
        dateStyle.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        dateStyle.setItems(DateStyle.values());
        dateStyle.setItemLabelGenerator(style -> style.format(EXAMPLE)
                + (style == DateStyle.ISO ? "  (ISO 8601, the default)" : "")
                + (style == ofLocale && style != DateStyle.ISO
                        ? "  (as in " + locale.getDisplayName(Locale.ENGLISH) + ")"
                        : ""));
        dateStyle.setHelperText("Every date field also accepts ISO dates typed in, such as 2027-06-30.");
        dateStyle.setValue(preferences.myDateStyle());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            preferences.setMyDateStyle(dateStyle.getValue());
            DateFields.remember(dateStyle.getValue());
            Notifications.success(
                    "Saved · dates now show as " + dateStyle.getValue().format(EXAMPLE));
        });
        HorizontalLayout buttons = new HorizontalLayout(save);
        buttons.addClassName("form-buttons");
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(dateStyle, buttons);
    }
}
