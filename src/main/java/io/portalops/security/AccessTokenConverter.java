package io.portalops.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a valid JWT into the account it names, checked against the database on every request: a disabled account,
 * a credential or role change, or an ended sign-in take effect at once instead of when the token expires (ADR 017).
 * A sign-in lock does not end it (ADR 018).
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
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object accountId = jwt.getClaim(TokenService.ACCOUNT_ID_CLAIM);
        Object credentialVersion = jwt.getClaim(TokenService.CREDENTIAL_VERSION_CLAIM);
        String family = jwt.getClaimAsString(TokenService.FAMILY_CLAIM);
        if (!(accountId instanceof Number id) || !(credentialVersion instanceof Number version) || family == null) {
            throw invalid("The token does not name an account, its sign-in and its credentials.");
        }
        Account account = accounts.findById(id.longValue()).orElseThrow(() -> invalid("The account no longer exists."));
        // the version decides, even within the second; the timestamp is a second guard that needs no version in the
        // token
        if (account.getCredentialVersion() != version.longValue() || issuedBeforeTheLastChange(jwt, account)) {
            throw invalid("The account's password or roles changed after this token was issued. Sign in again.");
        }
        if (tokens.isFamilyRevoked(UUID.fromString(family))) {
            throw invalid("The token was revoked.");
        }
        AccountUserDetails details = userDetails.toDetails(account);
        // a sign-in lock stops only new password sign-ins (ADR 018): anyone could trigger it, so it must not end these
        if (!details.isEnabled()) {
            throw invalid("The account is disabled.");
        }
        return new AccountTokenAuthentication(details, jwt);
    }

    /** {@code iat} has whole seconds: only a token of an earlier second is surely older than the change. */
    private static boolean issuedBeforeTheLastChange(Jwt jwt, Account account) {
        Instant validAfter = account.getTokensValidAfter();
        Instant issuedAt = jwt.getIssuedAt();
        return validAfter != null
                && (issuedAt == null || issuedAt.isBefore(validAfter.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static OAuth2AuthenticationException invalid(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", message, null), message);
    }
}
