package io.portalops.security;

/**
 * The roles; what each may do is tabled in docs/architecture.md (Security). An account may hold several.
 */
public enum Role {
    ADMIN("Admin"),
    ACCOUNT_MANAGER("Account manager"),
    APPROVER("Approver"),
    ANALYST("Analyst"),
    SERVICE_ADMIN("Service admin"),
    PRODUCT_ADMIN("Product admin"),
    AUDITOR("Auditor");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
