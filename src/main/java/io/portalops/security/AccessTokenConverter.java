package io.portalops.security;

import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a valid JWT into the account it names, checked against the database on every request: a disabled account, a role change, or a logout take effect at once instead of when the token expires.
 */
class AccessTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccountRepository accounts;
    private final AccountUserDetailsService userDetails;
    private final TokenService tokens;

    AccessTokenConverter(AccountRepository accounts, AccountUserDetailsService userDetails, TokenService tokens) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.tokens = tokens;
    }

    @Override
    @Transactional(readOnly = true)
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object accountId = jwt.getClaim(TokenService.ACCOUNT_ID_CLAIM);
        String family = jwt.getClaimAsString(TokenService.FAMILY_CLAIM);
        if (!(accountId instanceof Number id) || family == null) {
            throw invalid("The token does not name an account.");
        }
        if (tokens.isFamilyRevoked(UUID.fromString(family))) {
            throw invalid("The token was revoked.");
        }
        AccountUserDetails account = accounts.findById(id.longValue()).map(userDetails::toDetails)
                .orElseThrow(() -> invalid("The account no longer exists."));
        // a sign-in lock stops only new password sign-ins (ADR 018): anyone could trigger it, so it must not end these
        if (!account.isEnabled()) {
            throw invalid("The account is disabled.");
        }
        return new AccountTokenAuthentication(account, jwt);
    }

    private static OAuth2AuthenticationException invalid(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", message, null), message);
    }
}
