package io.portalops.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.shared.DateStyle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One date format everywhere: every date field shows the signed-in user's {@link DateStyle} (ISO unless they chose
 * another in their profile) and accepts ISO typed in as well, whatever the style, so "2027-06-30" is never refused.
 * Text that shows a date goes through {@link #format(LocalDate)} for the same reason.
 */
public final class DateFields {

    private static final String SESSION_KEY = DateStyle.class.getName();

    private DateFields() {}

    /** A date field with the user's format, e.g. {@code DateFields.picker("Start")}. */
    public static DatePicker picker(String label) {
        return apply(new DatePicker(label));
    }

    public static <T extends DatePicker> T apply(T picker) {
        picker.setI18n(i18n());
        return picker;
    }

    public static <T extends DateTimePicker> T apply(T picker) {
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n() {
        DateStyle style = style();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n().setFirstDayOfWeek(1);
        if (style == DateStyle.ISO) {
            return i18n.setDateFormats(DateStyle.ISO.pattern(), "yyyy-M-d");
        }
        return i18n.setDateFormats(style.pattern(), DateStyle.ISO.pattern(), "yyyy-M-d");
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : style().format(date);
    }

    /** A date and time of day to the minute, e.g. "2026-12-07 14:05". */
    public static String format(@Nullable LocalDateTime dateTime) {
        return dateTime == null
                ? ""
                : style().format(dateTime.toLocalDate()) + " "
                        + dateTime.toLocalTime().withSecond(0).withNano(0);
    }

    /** The style of the signed-in user in this browser session; ISO where none is known (tests, sign-in pages). */
    public static DateStyle style() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
        return stored instanceof DateStyle style ? style : DateStyle.ISO;
    }

    public static boolean known() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(SESSION_KEY) != null;
    }

    public static void remember(DateStyle style) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, style);
        }
    }
}
