package io.portalops.payment;

public enum CardBrand {
    VISA("Visa"),
    MASTERCARD("Mastercard"),
    AMEX("American Express"),
    DISCOVER("Discover"),
    DINERS("Diners Club"),
    JCB("JCB"),
    OTHER("Other");

    private final String label;

    CardBrand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
