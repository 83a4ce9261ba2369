package io.portalops.security;

import io.portalops.shared.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The TOTP secrets and recovery codes (V042). Plain SQL rather than an entity, for the same reason as
 * {@link LoginThrottle}: accepting a code is a compare-and-set on {@code last_used_step}, and using a recovery code on
 * {@code used_at}, each in one statement, so that of two parallel requests with the same code exactly one wins.
 * Callers hold the transaction.
 */
@Component
class SecondFactorStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldCipher cipher;

    SecondFactorStore(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** An account's authenticator: its secret (decrypted), and whether the owner confirmed it with a code. */
    record Totp(String secret, @Nullable Instant confirmedAt) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    Optional<Totp> find(long accountId) {
        return jdbc
                .query(
                        "select secret_encrypted, confirmed_at from account_totp where account_id = :id",
                        new MapSqlParameterSource("id", accountId),
                        (rs, row) -> new Totp(
                                Objects.requireNonNull(cipher.decrypt(rs.getString(1))),
                                rs.getTimestamp(2) == null
                                        ? null
                                        : rs.getTimestamp(2).toInstant()))
                .stream()
                .findFirst();
    }

    boolean isEnrolled(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from account_totp where account_id = :id and confirmed_at is not null)",
                new MapSqlParameterSource("id", accountId),
                Boolean.class));
    }

    Set<Long> enrolledAmong(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList(
                "select account_id from account_totp where confirmed_at is not null and account_id in (:ids)",
                new MapSqlParameterSource("ids", accountIds),
                Long.class));
    }

    /** A new, unconfirmed secret; replaces an earlier unconfirmed one, never a confirmed one (false then). */
    boolean startEnrolment(long accountId, String secret, Instant now) {
        return jdbc.update(
                        "insert into account_totp (account_id, secret_encrypted, created_at) values (:id, :secret, :now) "
                                + "on conflict (account_id) do update set secret_encrypted = excluded.secret_encrypted, created_at = excluded.created_at, "
                                + "last_used_step = null where account_totp.confirmed_at is null",
                        new MapSqlParameterSource("id", accountId)
                                .addValue("secret", cipher.encrypt(secret))
                                .addValue("now", Timestamp.from(now)))
                == 1;
    }

    /**
     * Accepts a code of {@code step} once: only if no code of this or a later step was accepted before. With
     * {@code confirm}, the pending secret {@code secret} becomes the account's authenticator, and only if it is still the
     * pending one (a second tab may have replaced it).
     */
    boolean useStep(long accountId, long step, Instant now, boolean confirm) {
        String sql = confirm
                ? "update account_totp set last_used_step = :step, confirmed_at = :now where account_id = :id and confirmed_at is null "
                        + "and (last_used_step is null or last_used_step < :step)"
                : "update account_totp set last_used_step = :step where account_id = :id and confirmed_at is not null "
                        + "and (last_used_step is null or last_used_step < :step)";
        return jdbc.update(
                        sql,
                        new MapSqlParameterSource("id", accountId)
                                .addValue("step", step)
                                .addValue("now", Timestamp.from(now)))
                == 1;
    }

    void replaceRecoveryCodes(long accountId, List<String> codes, Instant now) {
        jdbc.update(
                "delete from account_recovery_code where account_id = :id", new MapSqlParameterSource("id", accountId));
        for (String code : codes) {
            jdbc.update(
                    "insert into account_recovery_code (account_id, code_hash, created_at) values (:id, :hash, :now)",
                    new MapSqlParameterSource("id", accountId)
                            .addValue("hash", hash(code))
                            .addValue("now", Timestamp.from(now)));
        }
    }

    /** Uses an unused recovery code, once: true for exactly one of any number of parallel attempts. */
    boolean useRecoveryCode(long accountId, String typed, Instant now) {
        return jdbc.update(
                        "update account_recovery_code set used_at = :now where account_id = :id and code_hash = :hash and used_at is null",
                        new MapSqlParameterSource("id", accountId)
                                .addValue("hash", hash(typed))
                                .addValue("now", Timestamp.from(now)))
                == 1;
    }

    int unusedRecoveryCodes(long accountId) {
        Integer left = jdbc.queryForObject(
                "select count(*) from account_recovery_code where account_id = :id and used_at is null",
                new MapSqlParameterSource("id", accountId),
                Integer.class);
        return left == null ? 0 : left;
    }

    /** Removes the authenticator and the recovery codes; true if there was an authenticator. */
    boolean remove(long accountId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", accountId);
        jdbc.update("delete from account_recovery_code where account_id = :id", id);
        return jdbc.update("delete from account_totp where account_id = :id", id) == 1;
    }

    /**
     * SHA-256, not the password encoder: a recovery code carries about 82 random bits, so a fast hash cannot be reversed,
     * and the lookup by hash makes "used once" a single statement (ADR 033).
     */
    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(TotpCodes.normalizeRecoveryCode(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
