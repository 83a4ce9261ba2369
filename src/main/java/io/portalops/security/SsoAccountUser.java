package io.portalops.security;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of an SSO sign-in: the linked PortalOps account (so that sign-in tracking, the current user and the
 * roles work as for a password sign-in), carrying the ID token for RP-initiated logout and the MFA claims.
 */
final class SsoAccountUser extends AccountUserDetails implements OidcUser {

    private final String providerId;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    SsoAccountUser(
            long accountId,
            String username,
            String displayName,
            boolean enabled,
            Set<Role> roles,
            long credentialVersion,
            String providerId,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(accountId, username, displayName, null, enabled, false, false, roles, credentialVersion);
        this.providerId = providerId;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The {@code portalops.security.oidc.providers.<id>} this sign-in came through. */
    public String getProviderId() {
        return providerId;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
