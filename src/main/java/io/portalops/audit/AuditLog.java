package io.portalops.audit;

import io.portalops.shared.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only, hash-chained audit log (ADR 014). {@link #record} writes in the caller's transaction (or its own
 * when there is none), so an entry exists exactly when its action committed. Appends take a transaction-scoped
 * advisory lock, so concurrent transactions chain one after the other and the chain never forks.
 */
@Service
public class AuditLog {

    /** Any constant: the advisory lock that serialises appends. */
    private static final long APPEND_LOCK = 0x4155_4449_545F_4C47L;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the entry and returns its sequence number. */
    @Transactional
    public long record(AuditEntry entry) {
        AuditActor actor = entry.actor() != null ? entry.actor() : currentActor();
        AuditAppendBatch batch = batch();
        if (batch != null) {
            // PostgreSQL's text of the details is fetched for the whole batch when it is flushed, before hashing
            long seq = batch.nextSeq();
            batch.add(row(seq, actor, entry, AuditCanonicalForm.detailsJson(entry.details())));
            return seq;
        }
        // PostgreSQL rewrites JSON it stores (numbers such as 1.2E7, key order, spacing): hash the text it gives back
        String details = Objects.requireNonNull(jdbc.queryForObject(
                "select cast(? as jsonb)::text", String.class, AuditCanonicalForm.detailsJson(entry.details())));
        ChainHead head = lockAndReadHead(jdbc);
        AuditCanonicalForm.Row row = row(head.seq() + 1, actor, entry, details);
        String hash = AuditCanonicalForm.hash(head.hash(), row);
        jdbc.update(INSERT, insertArguments(row, head.hash(), hash));
        return row.seq();
    }

    /**
     * From now until the current transaction commits, entries are appended together at the commit (ADR 056): for a
     * transaction that writes many entries, such as a chunk of a bulk run. Each entry stays its own link of the chain,
     * with the same content and hash; {@link #record} still returns its sequence number. Entries are not visible to
     * queries of this transaction until the commit, and the append lock is held from the first entry to the end, as
     * with single appends. Nothing happens without an active transaction.
     */
    public void appendAtCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && batch() == null) {
            TransactionSynchronizationManager.registerSynchronization(new AuditAppendBatch(jdbc));
        }
    }

    private static @Nullable AuditAppendBatch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AuditAppendBatch batch && batch.open()) {
                return batch;
            }
        }
        return null;
    }

    /** Takes the transaction-scoped lock that serialises appends, then reads the chain's head. */
    static ChainHead lockAndReadHead(JdbcTemplate jdbc) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
        return jdbc.query(
                "select seq, hash from audit_log order by seq desc limit 1",
                rs -> rs.next()
                        ? new ChainHead(rs.getLong(1), rs.getString(2))
                        : new ChainHead(0, AuditCanonicalForm.GENESIS));
    }

    static final String INSERT =
            "insert into audit_log (seq, occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id, "
                    + "details, client_ip, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)";

    static Object[] insertArguments(AuditCanonicalForm.Row row, String prevHash, String hash) {
        return new Object[] {
            row.seq(),
            Timestamp.from(row.occurredAt()),
            row.actorType(),
            row.actorId(),
            row.actorName(),
            row.action(),
            row.targetType(),
            row.targetId(),
            row.detailsJson(),
            row.clientIp(),
            prevHash,
            hash
        };
    }

    private AuditCanonicalForm.Row row(long seq, AuditActor actor, AuditEntry entry, String details) {
        return new AuditCanonicalForm.Row(
                seq,
                AuditCanonicalForm.stored(clock.instant()),
                actor.type().name(),
                actor.id(),
                stored(actor.name(), 200),
                entry.action(),
                entry.targetType(),
                stored(entry.targetId(), 100),
                details,
                stored(clientIp(), 64));
    }

    /** The newest entry's sequence number and hash, for the anchor. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.query(
                "select seq, hash from audit_log order by seq desc limit 1",
                rs -> rs.next()
                        ? new ChainHead(rs.getLong(1), rs.getString(2))
                        : new ChainHead(0, AuditCanonicalForm.GENESIS));
    }

    /** A position in the chain: entry {@code seq} and its hash (seq 0 is the empty chain). */
    public record ChainHead(long seq, String hash) {}

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return AuditActor.SYSTEM;
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal account) {
            return AuditActor.account(account.getAccountId(), account.getUsername());
        }
        return new AuditActor(AuditActor.Type.API_CLIENT, null, authentication.getName());
    }

    private static @Nullable String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Cut to the column's length, without the NUL characters PostgreSQL text refuses (names typed at the login form). */
    private static @Nullable String stored(@Nullable String text, int max) {
        String clean = AuditCanonicalForm.withoutNul(text);
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max);
    }
}
