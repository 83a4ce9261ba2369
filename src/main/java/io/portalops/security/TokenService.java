package io.portalops.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues access tokens (short-lived JWTs) and rotating refresh tokens with reuse detection.
 */
@Service
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    static final String ACCOUNT_ID_CLAIM = "uid";
    static final String FAMILY_CLAIM = "fid";

    private final JwtEncoder encoder;
    private final RefreshTokenRepository refreshTokens;
    private final AccountRepository accounts;
    private final AccountUserDetailsService userDetails;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final SecureRandom random = new SecureRandom();

    private final io.portalops.audit.AuditLog audit;

    TokenService(JwtEncoder encoder, RefreshTokenRepository refreshTokens, AccountRepository accounts,
            AccountUserDetailsService userDetails, Clock clock,
            @Value("${portalops.security.jwt.access-ttl:15m}") Duration accessTtl,
            @Value("${portalops.security.jwt.refresh-ttl:14d}") Duration refreshTtl, io.portalops.audit.AuditLog audit) {
        this.audit = audit;
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    /** The outcome of a refresh: a new pair, or a refusal with its reason. */
    public sealed interface RefreshOutcome {
        record Rotated(TokenPair tokens) implements RefreshOutcome {
        }

        record Refused(String reason) implements RefreshOutcome {
        }
    }

    @Transactional
    public TokenPair issue(AccountUserDetails account) {
        return issue(account, UUID.randomUUID());
    }

    /**
     * Rotates a refresh token. Does not throw on refusal, so that revoking a family after reuse commits.
     */
    @Transactional
    public RefreshOutcome refresh(String rawRefreshToken) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = refreshTokens.findByTokenHash(hash(rawRefreshToken));
        if (found.isEmpty()) {
            return new RefreshOutcome.Refused("Unknown refresh token.");
        }
        RefreshToken token = found.get();
        if (token.wasUsedOrRevoked()) {
            refreshTokens.revokeFamily(token.getFamilyId(), now);
            log.warn("Refresh token reuse for account {}: token family {} revoked", token.getAccountId(), token.getFamilyId());
            audit.record(new io.portalops.audit.AuditEntry("auth.refresh_reuse", "account", Long.toString(token.getAccountId()),
                    java.util.Map.of("family", token.getFamilyId().toString()), io.portalops.audit.AuditActor.anonymous(null)));
            return new RefreshOutcome.Refused("This refresh token was already used; all tokens of this sign-in are revoked.");
        }
        if (!token.isUsable(now)) {
            return new RefreshOutcome.Refused("The refresh token has expired. Sign in again.");
        }
        token.markUsed(now);
        Optional<AccountUserDetails> account = accounts.findById(token.getAccountId()).map(userDetails::toDetails)
                // not locked: a sign-in lock stops only new password sign-ins (ADR 018)
                .filter(AccountUserDetails::isEnabled);
        if (account.isEmpty()) {
            refreshTokens.revokeFamily(token.getFamilyId(), now);
            return new RefreshOutcome.Refused("The account is disabled.");
        }
        return new RefreshOutcome.Rotated(issue(account.get(), token.getFamilyId()));
    }

    /** Revokes the sign-in the refresh token belongs to: its refresh tokens and, through the family claim, its access tokens. */
    @Transactional
    public boolean logout(String rawRefreshToken) {
        return refreshTokens.findByTokenHash(hash(rawRefreshToken))
                .map(token -> refreshTokens.revokeFamily(token.getFamilyId(), clock.instant()) >= 0)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isFamilyRevoked(UUID familyId) {
        return refreshTokens.isFamilyRevoked(familyId);
    }

    private TokenPair issue(AccountUserDetails account, UUID familyId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("portalops")
                .subject(account.getUsername())
                .issuedAt(now)
                .expiresAt(now.plus(accessTtl))
                .id(UUID.randomUUID().toString())
                .claim(ACCOUNT_ID_CLAIM, account.getAccountId())
                .claim(FAMILY_CLAIM, familyId.toString())
                .build();
        String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();

        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        refreshTokens.save(new RefreshToken(hash(refresh), familyId, account.getAccountId(), now, now.plus(refreshTtl)));
        return new TokenPair(access, refresh, "Bearer", accessTtl.toSeconds());
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
