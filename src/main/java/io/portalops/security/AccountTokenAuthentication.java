package io.portalops.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API request authenticated by an access token, with the account as loaded now (not as it was at issue).
 */
final class AccountTokenAuthentication extends AbstractAuthenticationToken {

    private final AccountUserDetails account;
    private final transient Jwt token;

    AccountTokenAuthentication(AccountUserDetails account, Jwt token) {
        super(account.getAuthorities());
        this.account = account;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public AccountUserDetails getPrincipal() {
        return account;
    }

    Jwt token() {
        return token;
    }

    @Override
    public String getName() {
        return account.getUsername();
    }
}
