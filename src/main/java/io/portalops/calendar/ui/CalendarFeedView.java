package io.portalops.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.portalops.calendar.CalendarFeeds;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The user's personal iCal feed: create (or replace) its secret URL, shown once, or revoke it. Reached from the user
 * menu and from the Calendar.
 */
@Route("account/calendar-feed")
@PageTitle("Calendar feed")
@PermitAll
public class CalendarFeedView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.UK);

    final Paragraph state = new Paragraph();
    final TextField url = new TextField("Your feed URL (shown once: copy it now)");
    final Button regenerate = new Button();
    final Button revoke = new Button("Revoke");

    private final CalendarFeeds feeds;

    CalendarFeedView(CalendarFeeds feeds) {
        this.feeds = feeds;
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        regenerate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        regenerate.addClickListener(click -> {
            String token = feeds.regenerateToken();
            url.setValue(baseUrl() + "/calendar/" + token + ".ics");
            url.setVisible(true);
            Notifications.success("New feed URL created; any earlier URL no longer works");
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> new ConfirmDialog(
                        "Revoke the calendar feed?",
                        "Calendar apps subscribed to it stop receiving updates.",
                        "Revoke",
                        confirmed -> revokeNow(),
                        "Cancel",
                        cancelled -> {})
                .open());
        add(
                new H2("Calendar feed"),
                new Paragraph("Subscribe to your deadlines in a calendar app (Outlook, Google Calendar, Apple "
                        + "Calendar) with a personal URL. It shows what the Calendar shows you: titles and dates only. "
                        + "Treat the URL like a password: anyone who has it can read those titles. Revoke it or make a "
                        + "new one if it may have leaked."),
                state,
                url,
                new HorizontalLayout(regenerate, revoke));
        refresh();
    }

    void revokeNow() {
        if (feeds.revokeToken()) {
            Notifications.success("Calendar feed revoked");
        }
        url.clear();
        url.setVisible(false);
        refresh();
    }

    private void refresh() {
        var created = feeds.tokenCreatedAt();
        state.setText(created.map(
                        at -> "Your feed URL was created on " + WHEN.format(at.atZone(ZoneId.systemDefault())) + ".")
                .orElse("You have no calendar feed."));
        regenerate.setText(created.isPresent() ? "Replace the URL" : "Create a feed URL");
        revoke.setEnabled(created.isPresent());
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build()
                .toUriString();
    }
}
