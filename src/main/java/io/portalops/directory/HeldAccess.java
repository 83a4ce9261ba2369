package io.portalops.directory;

/** A person's open (requested or active) grant of a product, for other modules' listeners and jobs. */
public record HeldAccess(long grantId, long productId, GrantStatus status) {

    public boolean active() {
        return status == GrantStatus.ACTIVE;
    }
}
