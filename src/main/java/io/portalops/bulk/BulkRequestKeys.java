package io.portalops.bulk;

import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a bulk request at most once per account and Idempotency-Key (ADR 045), like the contract actions' keys
 * (ADR 006) but with the claim committed before the run: a bulk run commits row by row, so a claim held in one
 * transaction around it would vanish with a crash while its rows stayed done. A repeat of the same request gets the
 * stored answer; a repeat while the first has no answer yet (still running, or cut short by a crash) is refused with
 * 409, so that no row is ever run twice; a different request with the same key is refused with 422. A run that fails
 * before any row (bad input, a refused selection) gives its key back. Keys older than the retention are forgotten
 * whenever a key is claimed, and by {@code BulkKeyPurgeJob}.
 */
@Service
public class BulkRequestKeys {

    public static final int MAX_KEY_LENGTH = 255;

    /** The answer to give: the JSON body exactly as first sent, and whether it is a replay. */
    public record Answer(int status, String body, boolean replayed) {}

    private record Stored(
            String hash, @Nullable Integer status, @Nullable String body) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json;
    private final CurrentUserProvider currentUser;
    private final BulkKeyProperties properties;
    private final Clock clock;

    BulkRequestKeys(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            JsonMapper json,
            CurrentUserProvider currentUser,
            BulkKeyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param request the request in a canonical form (its JSON is hashed to recognise a repeat)
     * @param run     the bulk run; called only when the key is new
     */
    @PreAuthorize("isAuthenticated()")
    public Answer once(String key, Object request, Supplier<BulkResult> run) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(
                    "Idempotency-Key", "Use 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.");
        }
        long account = currentUser.require().accountId();
        String hash = sha256(json.writeValueAsString(request));
        if (!claim(account, key, hash)) {
            return replay(account, key, hash);
        }
        BulkResult result;
        try {
            result = run.get();
        } catch (RuntimeException refused) {
            ownTransaction.executeWithoutResult(status ->
                    jdbc.update("delete from bulk_request_key where account_id = ? and key = ?", account, key));
            throw refused;
        }
        String body = json.writeValueAsString(result);
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update bulk_request_key set response_status = 200, response_body = ? where account_id = ? and key = ?",
                body,
                account,
                key));
        return new Answer(200, body, false);
    }

    /** Forgets the keys older than the retention; the argument is the oldest creation time kept. */
    static final String FORGET = "delete from bulk_request_key where created_at < ?";

    /**
     * Inserts the key in a transaction of its own, committed before the run starts. A concurrent insert of the same key
     * waits on the primary key until that commit, then finds it taken.
     */
    private boolean claim(long account, String key, String hash) {
        Instant now = clock.instant();
        Boolean claimed = ownTransaction.execute(status -> {
            jdbc.update(FORGET, Timestamp.from(now.minus(properties.retention())));
            return jdbc.update(
                            "insert into bulk_request_key (account_id, key, request_hash, created_at) "
                                    + "values (?, ?, ?, ?) on conflict do nothing",
                            account,
                            key,
                            hash,
                            Timestamp.from(now))
                    == 1;
        });
        return Boolean.TRUE.equals(claimed);
    }

    private Answer replay(long account, String key, String hash) {
        List<Stored> rows = jdbc.query(
                "select request_hash, response_status, response_body from bulk_request_key "
                        + "where account_id = ? and key = ?",
                (row, n) -> new Stored(row.getString(1), (Integer) row.getObject(2, Integer.class), row.getString(3)),
                account,
                key);
        if (rows.isEmpty()) {
            // the first request failed before any row and gave the key back just now
            throw new RuleViolationException(
                    "A request with this Idempotency-Key has just failed; send it again to run it.", 409);
        }
        Stored stored = rows.getFirst();
        if (!stored.hash().equals(hash)) {
            throw new RuleViolationException(
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
                    422);
        }
        if (stored.status() == null || stored.body() == null) {
            throw new RuleViolationException(
                    "A request with this Idempotency-Key is still running; send it again later for its result. If the "
                            + "server stopped meanwhile, the run was cut short: check the rows and use a new key.",
                    409);
        }
        return new Answer(stored.status(), stored.body(), true);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
