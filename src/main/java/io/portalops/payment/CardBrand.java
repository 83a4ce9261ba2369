package io.portalops.payment;

public enum CardBrand {
    VISA("Visa", "Visa"),
    MASTERCARD("Mastercard", "Mastercard"),
    AMEX("American Express", "Amex"),
    DISCOVER("Discover", "Discover"),
    DINERS("Diners Club", "Diners"),
    JCB("JCB", "JCB"),
    OTHER("Other", "Card");

    private final String label;
    private final String shortLabel;

    CardBrand(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** For narrow columns. */
    public String shortLabel() {
        return shortLabel;
    }
}
