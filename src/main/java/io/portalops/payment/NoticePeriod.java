package io.portalops.payment;

import java.time.LocalDate;

/**
 * How long before a renewal notice must be given. The cancellation deadline is the last day on which notice can be
 * given: the renewal date minus the period. Months are counted back in calendar months; when the renewal falls on a
 * day the earlier month lacks, the deadline is that month's last day (renewal 31 March with 1 month: 28 February, or
 * 29 February in a leap year). Of the readings a month-end renewal allows, this is the earlier one, so that a reminder
 * is never late.
 */
public record NoticePeriod(int amount, NoticeUnit unit) {

    public NoticePeriod {
        if (unit == null || amount < 0 || amount > unit.max()) {
            throw new IllegalArgumentException(
                    "A notice period is 0 to " + (unit == null ? "?" : unit.max() + " " + unit.label()));
        }
    }

    public static NoticePeriod days(int days) {
        return new NoticePeriod(days, NoticeUnit.DAYS);
    }

    public static NoticePeriod months(int months) {
        return new NoticePeriod(months, NoticeUnit.MONTHS);
    }

    public LocalDate deadlineFor(LocalDate renewal) {
        return unit == NoticeUnit.DAYS ? renewal.minusDays(amount) : renewal.minusMonths(amount);
    }

    public String label() {
        if (amount == 0) {
            return "no notice";
        }
        String unitLabel = amount == 1 ? unit.label().substring(0, unit.label().length() - 1) : unit.label();
        return amount + " " + unitLabel;
    }

    @Override
    public String toString() {
        return label();
    }
}
