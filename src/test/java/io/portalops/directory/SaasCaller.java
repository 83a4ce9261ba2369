package io.portalops.directory;

/**
 * The callers of the SaaS RBAC matrices, in the order their outcome rows are written: the admin, a service admin and
 * a product admin of the thing under test and of something else, and the four roles that have no part in SaaS
 * operations (demo logins, whose password is their username).
 */
public enum SaasCaller {
    ADMIN(true),
    SERVICE_ADMIN_IN_SCOPE(false),
    SERVICE_ADMIN_ELSEWHERE(false),
    PRODUCT_ADMIN_IN_SCOPE(false),
    PRODUCT_ADMIN_ELSEWHERE(false),
    ACCOUNT_MANAGER(true),
    ANALYST(true),
    APPROVER(true),
    AUDITOR(false);

    private final boolean demoLogin;

    SaasCaller(boolean demoLogin) {
        this.demoLogin = demoLogin;
    }

    /** The password to sign in with: a demo login's is its username, a fixture account's {@link DirectoryFixtures#PASSWORD}. */
    public String password(String username) {
        return demoLogin ? username : DirectoryFixtures.PASSWORD;
    }
}
