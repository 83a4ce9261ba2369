package io.portalops.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** An SSO sign-in that the identity provider accepted and PortalOps refuses; the error code names the page to show. */
public final class SsoRefusedException extends OAuth2AuthenticationException {

    /** No group of the user is mapped to a role. */
    public static final String NO_MAPPED_GROUP = "portalops_no_mapped_group";
    /** The linked account is disabled. */
    public static final String DISABLED = "portalops_account_disabled";
    /** The subject or issuer does not fit what OpenID Connect allows (and the link's columns hold). */
    public static final String INVALID_SUBJECT = "portalops_invalid_subject";

    SsoRefusedException(String code, String message) {
        super(new OAuth2Error(code, message, null), message);
    }
}
