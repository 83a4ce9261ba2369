package io.portalops.security;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues access tokens (short-lived JWTs) and rotating refresh tokens with reuse detection. A refresh-token family is
 * one API sign-in ({@link SignIn}): ending the sign-in ends the family and its access tokens, and the family dies at an
 * absolute age however often it rotates (ADR 017).
 */
@Service
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    static final String ACCOUNT_ID_CLAIM = "uid";
    static final String FAMILY_CLAIM = "fid";
    /** The account's credential version at issue; a token of an older version is refused (ADR 017). */
    static final String CREDENTIAL_VERSION_CLAIM = "cv";

    private final JwtEncoder encoder;
    private final RefreshTokenRepository refreshTokens;
    private final AccountRepository accounts;
    private final SignInService signIns;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final SecureRandom random = new SecureRandom();
    private final AuditLog audit;

    TokenService(
            JwtEncoder encoder,
            RefreshTokenRepository refreshTokens,
            AccountRepository accounts,
            SignInService signIns,
            Clock clock,
            JwtProperties jwt,
            AuditLog audit) {
        this.audit = audit;
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.signIns = signIns;
        this.clock = clock;
        this.accessTtl = jwt.accessTtl();
        this.refreshTtl = jwt.refreshTtl();
    }

    /** The outcome of a refresh: a new pair, or a refusal with its reason. */
    public sealed interface RefreshOutcome {
        record Rotated(TokenPair tokens) implements RefreshOutcome {}

        record Refused(String reason) implements RefreshOutcome {}

        /** The account must choose a new password in the web interface; no token until then. */
        record PasswordChangeRequired() implements RefreshOutcome {}
    }

    /** Starts an API sign-in with no client details, e.g. from a test or a job. */
    @Transactional
    public TokenPair issue(AccountUserDetails account) {
        return issue(account, SignInClient.UNKNOWN);
    }

    @Transactional
    public RefreshOutcome refresh(String rawRefreshToken) {
        return refresh(rawRefreshToken, SignInClient.UNKNOWN);
    }

    /** Starts an API sign-in for an account whose password was just checked. */
    @Transactional
    public TokenPair issue(AccountUserDetails account, SignInClient client) {
        SignIn signIn = signIns.startApi(UUID.randomUUID(), account, client);
        return issue(account.getAccountId(), account.getUsername(), signIn);
    }

    /**
     * Rotates a refresh token. Does not throw on refusal, so that ending a sign-in after reuse commits. Locks the token,
     * then its sign-in; a credential change locks only sign-ins, so the two cannot deadlock, and whichever commits
     * second sees the other: a refresh after the change is refused, a refresh before it is ended by it.
     */
    @Transactional
    public RefreshOutcome refresh(String rawRefreshToken, SignInClient client) {
        Instant now = clock.instant();
        Optional<RefreshToken> found = refreshTokens.findByTokenHash(hash(rawRefreshToken));
        if (found.isEmpty()) {
            return new RefreshOutcome.Refused("Unknown refresh token.");
        }
        RefreshToken token = found.get();
        Optional<SignIn> locked = signIns.lockFamily(token.getFamilyId());
        if (locked.isEmpty()) {
            return new RefreshOutcome.Refused("This sign-in has ended. Sign in again.");
        }
        SignIn signIn = locked.get();
        if (token.wasUsed()) {
            if (!signIn.isEnded()) {
                signIn.end(now, SignInEnd.REFRESH_REUSE);
                log.warn(
                        "Refresh token reuse for account {}: sign-in {} ended",
                        token.getAccountId(),
                        token.getFamilyId());
                audit.record(new AuditEntry(
                        "auth.refresh_reuse",
                        "account",
                        Long.toString(token.getAccountId()),
                        Map.of("family", token.getFamilyId().toString()),
                        AuditActor.anonymous(null)));
            }
            return new RefreshOutcome.Refused(
                    "This refresh token was already used; all tokens of this sign-in are revoked.");
        }
        Optional<Account> account = accounts.findById(token.getAccountId());
        if (account.isPresent() && account.get().isMustChangePassword()) {
            signIn.end(now, SignInEnd.ACCOUNT_UNUSABLE);
            return new RefreshOutcome.PasswordChangeRequired();
        }
        if (signIn.isEnded() || token.wasRevoked()) {
            return new RefreshOutcome.Refused("This sign-in has ended. Sign in again.");
        }
        // not locked: a sign-in lock stops only new password sign-ins (ADR 018), so it must not end this one
        if (account.isEmpty() || !account.get().isEnabled()) {
            signIn.end(now, SignInEnd.ACCOUNT_UNUSABLE);
            return new RefreshOutcome.Refused("The account is disabled.");
        }
        if (signIn.getCredentialVersion() != account.get().getCredentialVersion()) {
            signIn.end(now, SignInEnd.CREDENTIALS_CHANGED);
            return new RefreshOutcome.Refused("The account's password or roles changed. Sign in again.");
        }
        if (!now.isBefore(signIns.familyDeadline(signIn))) {
            signIn.end(now, SignInEnd.FAMILY_EXPIRED);
            return new RefreshOutcome.Refused("This sign-in reached its maximum age. Sign in again.");
        }
        if (!token.isUsable(now)) {
            return new RefreshOutcome.Refused("The refresh token has expired. Sign in again.");
        }
        token.markUsed(now);
        signIn.used(now, client.address());
        return new RefreshOutcome.Rotated(
                issue(account.get().getId(), account.get().getUsername(), signIn));
    }

    /** Ends the sign-in the refresh token belongs to: its refresh tokens and, through the family claim, its access tokens. */
    @Transactional
    public boolean logout(String rawRefreshToken) {
        return refreshTokens
                .findByTokenHash(hash(rawRefreshToken))
                .flatMap(token -> signIns.lockFamily(token.getFamilyId()))
                .map(signIn -> {
                    signIn.end(clock.instant(), SignInEnd.SIGNED_OUT);
                    return true;
                })
                .orElse(false);
    }

    /** Whether the API sign-in (refresh-token family) has ended, or never existed. */
    @Transactional(readOnly = true)
    public boolean isFamilyRevoked(UUID familyId) {
        return !signIns.isOpen(familyId);
    }

    private TokenPair issue(long accountId, String username, SignIn signIn) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("portalops")
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plus(accessTtl))
                .id(UUID.randomUUID().toString())
                .claim(ACCOUNT_ID_CLAIM, accountId)
                .claim(FAMILY_CLAIM, signIn.getId().toString())
                .claim(CREDENTIAL_VERSION_CLAIM, signIn.getCredentialVersion())
                .build();
        String access = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();

        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        // rotation never reaches past the family's absolute deadline
        Instant deadline = signIns.familyDeadline(signIn);
        Instant expiresAt = now.plus(refreshTtl).isBefore(deadline) ? now.plus(refreshTtl) : deadline;
        refreshTokens.save(new RefreshToken(hash(refresh), signIn.getId(), accountId, now, expiresAt));
        return new TokenPair(access, refresh, "Bearer", accessTtl.toSeconds());
    }

    static String hash(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
