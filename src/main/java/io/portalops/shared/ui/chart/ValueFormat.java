package io.portalops.shared.ui.chart;

/** How a chart writes its values in labels, tooltips and the value axis. */
public enum ValueFormat {
    /** Whole numbers with thousands separators. */
    COUNT,
    /** Amounts, shortened on labels (12.3k, 4.5M). */
    MONEY,
    /** Percentages (the value is already 0–100). */
    PERCENT
}
