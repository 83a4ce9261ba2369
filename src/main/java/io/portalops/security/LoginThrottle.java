package io.portalops.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progressive delay per account and per client address (ADR 018), counted in single SQL statements so that
 * parallel attempts never lose an increment (JPA's read-modify-write under optimistic locking lost all but one and
 * answered the rest with 409). Each call commits on its own: a refused sign-in throws afterwards, and its count must
 * stay.
 */
@Component
class LoginThrottle {

    /** The wait after {@code n} failures at threshold {@code t}: base × 2^(n − t), capped; the exponent is bounded. */
    private static final String DELAY = "least(cast(:%1$sMax as double precision), "
            + "cast(:%1$sBase as double precision) * power(2, least(%2$s - :%1$sThreshold, 40))) * interval '1 second'";

    private static final String ACCOUNT_COUNT =
            "(case when last_failed_at is null or last_failed_at < :accountResetBefore then 1 else failed_attempts + 1 end)";

    private static final String ADDRESS_COUNT =
            "(case when t.last_failed_at < :addressResetBefore then 1 else t.failures + 1 end)";

    private final NamedParameterJdbcTemplate jdbc;
    private final LockoutProperties properties;

    LoginThrottle(NamedParameterJdbcTemplate jdbc, LockoutProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** An account's state after a counted failure; {@code lockedUntil} is set when this failure started a wait. */
    record AccountFailure(int failures, @Nullable Instant lockedUntil) {}

    /** How long the client address must still wait before its next sign-in attempt, if at all. */
    @Transactional(readOnly = true)
    public Optional<Duration> addressWait(String address, Instant now) {
        List<Timestamp> until = jdbc.queryForList(
                "select delayed_until from login_address_throttle where address = :address",
                new MapSqlParameterSource("address", address),
                Timestamp.class);
        return until.stream()
                .filter(t -> t != null && t.toInstant().isAfter(now))
                .findFirst()
                .map(t -> Duration.between(now, t.toInstant()));
    }

    /**
     * Counts a failed password against the account, atomically, unless the account is waiting already: attempts
     * refused during a wait neither count nor extend it, so hammering a locked account does not keep it locked.
     * Empty when the attempt did not count.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<AccountFailure> countAccountFailure(long accountId, Instant now) {
        MapSqlParameterSource params = delayParams(
                        "account", properties.maxFailures(), properties.baseDelay(), properties.maxDelay())
                .addValue("id", accountId)
                .addValue("now", Timestamp.from(now))
                .addValue("accountResetBefore", Timestamp.from(now.minus(properties.resetAfter())));
        String sql = "update account set failed_attempts = " + ACCOUNT_COUNT + ", last_failed_at = :now, "
                + "locked_until = case when " + ACCOUNT_COUNT
                + " >= :accountThreshold then cast(:now as timestamptz) + "
                + DELAY.formatted("account", ACCOUNT_COUNT) + " else null end "
                + "where id = :id and (locked_until is null or locked_until <= :now) returning failed_attempts, locked_until";
        return jdbc
                .query(
                        sql,
                        params,
                        (rs, row) -> new AccountFailure(
                                rs.getInt(1),
                                rs.getTimestamp(2) == null
                                        ? null
                                        : rs.getTimestamp(2).toInstant()))
                .stream()
                .findFirst();
    }

    /** Counts any refused sign-in against the client address; returns the address's wait if this started one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> countAddressFailure(String address, Instant now) {
        MapSqlParameterSource params = delayParams(
                        "address",
                        properties.addressMaxFailures(),
                        properties.addressBaseDelay(),
                        properties.addressMaxDelay())
                .addValue("address", address)
                .addValue("now", Timestamp.from(now))
                .addValue("addressResetBefore", Timestamp.from(now.minus(properties.addressResetAfter())));
        String firstWait = "case when 1 >= :addressThreshold then cast(:now as timestamptz) + "
                + DELAY.formatted("address", "1") + " end";
        String sql = "insert into login_address_throttle as t (address, failures, last_failed_at, delayed_until) "
                + "values (:address, 1, :now, " + firstWait + ") on conflict (address) do update set "
                + "failures = " + ADDRESS_COUNT + ", last_failed_at = :now, "
                + "delayed_until = case when " + ADDRESS_COUNT
                + " >= :addressThreshold then cast(:now as timestamptz) + "
                + DELAY.formatted("address", ADDRESS_COUNT) + " else t.delayed_until end "
                + "returning delayed_until";
        Timestamp until = jdbc.queryForObject(sql, params, Timestamp.class);
        return until == null || !until.toInstant().isAfter(now)
                ? Optional.empty()
                : Optional.of(Duration.between(now, until.toInstant()));
    }

    /**
     * A correct password: signs in only if, now that the password has been checked, the account is enabled and not
     * waiting; then its failures are forgotten. One statement, so a lock set by a parallel failure is seen.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admitAndReset(long accountId, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", accountId).addValue("now", Timestamp.from(now));
        return jdbc.update(
                        "update account set failed_attempts = 0, locked_until = null, last_failed_at = null, last_login_at = :now "
                                + "where id = :id and enabled and (locked_until is null or locked_until <= :now)",
                        params)
                == 1;
    }

    /**
     * The password of an account with a second factor was right: admits it if enabled and not waiting, like
     * {@link #admitAndReset}, but keeps its failures, so that a known password cannot wipe out the count of wrong codes
     * between two guesses (ADR 033). The failures are forgotten when a code is accepted ({@link #reset}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admit(long accountId, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", accountId).addValue("now", Timestamp.from(now));
        return jdbc.update(
                        "update account set last_login_at = :now "
                                + "where id = :id and enabled and (locked_until is null or locked_until <= :now)",
                        params)
                == 1;
    }

    /** Whether the account is waiting after failures: no code is even checked then. */
    @Transactional(readOnly = true)
    public boolean isWaiting(long accountId, Instant now) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select coalesce(locked_until > :now, false) from account where id = :id",
                new MapSqlParameterSource("id", accountId).addValue("now", Timestamp.from(now)),
                Boolean.class));
    }

    /** A second factor was accepted: the account's failures are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(long accountId) {
        jdbc.update(
                "update account set failed_attempts = 0, locked_until = null, last_failed_at = null where id = :id",
                new MapSqlParameterSource("id", accountId));
    }

    /** Address rows that have been quiet longer than they count, for the clean-up job. */
    @Transactional
    public int forgetQuietAddresses(Instant now) {
        return jdbc.update(
                "delete from login_address_throttle where last_failed_at < :before "
                        + "and (delayed_until is null or delayed_until < :now)",
                new MapSqlParameterSource("before", Timestamp.from(now.minus(properties.addressResetAfter())))
                        .addValue("now", Timestamp.from(now)));
    }

    private static MapSqlParameterSource delayParams(String prefix, int threshold, Duration base, Duration max) {
        return new MapSqlParameterSource()
                .addValue(prefix + "Threshold", threshold)
                .addValue(prefix + "Base", base.toMillis() / 1000.0)
                .addValue(prefix + "Max", max.toMillis() / 1000.0);
    }
}
