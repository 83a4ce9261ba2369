package io.portalops.payment;

/** How a product is paid. */
public enum PaymentMethod {
    CARD("Card"),
    INVOICE("Invoice / bank transfer");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
