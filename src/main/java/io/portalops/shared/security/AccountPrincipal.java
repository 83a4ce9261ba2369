package io.portalops.shared.security;

/**
 * What any module may know of an authenticated PortalOps account without depending on the security module.
 */
public interface AccountPrincipal {
    long getAccountId();

    String getUsername();

    String getDisplayName();
}
