package io.portalops.notification.reminder;

import io.portalops.jobs.ScheduledJob;
import io.portalops.notification.NotificationRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A reminder sent a configured number of days before a deadline ("60,30,7"): for each of those days, every item whose
 * deadline is exactly that far away gets one reminder, sent once through its dedup key however often the job runs.
 *
 * @param <T> the thing with a deadline, e.g. a renewal
 */
abstract class DaysBeforeReminderJob<T> implements ScheduledJob {

    private final Reminders reminders;
    private final List<Integer> days;

    DaysBeforeReminderJob(Reminders reminders, List<Integer> days) {
        this.reminders = reminders;
        this.days = List.copyOf(days);
    }

    /** The items whose deadline is {@code days} days after {@code today}. */
    abstract List<T> dueIn(int days, LocalDate today);

    /** The reminder for one item, {@code days} days before its deadline. */
    abstract NotificationRequest reminder(T item, int days);

    /** What the items are called in the run's summary, e.g. "renewals". */
    abstract String items();

    List<Integer> days() {
        return days;
    }

    Reminders reminders() {
        return reminders;
    }

    @Override
    public final String execute(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int due = 0;
        int sent = 0;
        for (int day : days) {
            for (T item : dueIn(day, today)) {
                due++;
                sent += reminders.send(reminder(item, day));
            }
        }
        return "Sent " + sent + " reminders about " + due + " " + items();
    }

    static String inDays(int days) {
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }
}
