package io.portalops.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The feed tokens' hashes, one row per account (V058). */
@Repository
class FeedTokenStore {

    private final JdbcTemplate jdbc;

    FeedTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the account's token hash, replacing any earlier one in the same statement (two tabs racing: last wins). */
    void put(long accountId, String tokenHash, Instant now) {
        jdbc.update(
                "insert into calendar_feed_token (account_id, token_hash, created_at) values (?, ?, ?) "
                        + "on conflict (account_id) do update set token_hash = excluded.token_hash, "
                        + "created_at = excluded.created_at",
                accountId,
                tokenHash,
                Timestamp.from(now));
    }

    boolean delete(long accountId) {
        return jdbc.update("delete from calendar_feed_token where account_id = ?", accountId) > 0;
    }

    Optional<Instant> createdAt(long accountId) {
        return jdbc
                .query(
                        "select created_at from calendar_feed_token where account_id = ?",
                        (rs, row) -> rs.getTimestamp(1).toInstant(),
                        accountId)
                .stream()
                .findFirst();
    }

    Optional<Long> accountOf(String tokenHash) {
        return jdbc
                .query(
                        "select account_id from calendar_feed_token where token_hash = ?",
                        (rs, row) -> rs.getLong(1),
                        tokenHash)
                .stream()
                .findFirst();
    }
}
