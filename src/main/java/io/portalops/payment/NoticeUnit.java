package io.portalops.payment;

/** The unit of a notice period. Months are calendar months (see {@link NoticePeriod}). */
public enum NoticeUnit {
    DAYS("days", 730),
    MONTHS("months", 24);

    private final String label;
    private final int max;

    NoticeUnit(String label, int max) {
        this.label = label;
        this.max = max;
    }

    public String label() {
        return label;
    }

    /** The longest notice period accepted in this unit: two years. */
    public int max() {
        return max;
    }
}
