package io.portalops.audit;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The entries of one transaction, appended together just before it commits (ADR 056): one advisory lock and one head
 * read when the first entry comes, then one statement that gives back PostgreSQL's text of every entry's details, and
 * one batched insert. Each entry is still its own link of the chain, with the same fields and hash as an entry written
 * by {@link AuditLog#record} alone; only the round trips are shared. Sequence numbers are handed out when an entry is
 * recorded, which is safe because the lock is held from then until the transaction ends.
 *
 * <p>Registered as a transaction synchronization, so a transaction started inside (REQUIRES_NEW) does not see it, and
 * a rollback drops it with everything else.
 */
final class AuditAppendBatch implements TransactionSynchronization {

    private final JdbcTemplate jdbc;
    private final List<AuditCanonicalForm.Row> pending = new ArrayList<>();
    private AuditLog.ChainHead head;
    private boolean open = true;
    private boolean locked;

    AuditAppendBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.head = new AuditLog.ChainHead(0, AuditCanonicalForm.GENESIS);
    }

    /** False once flushed: later entries of the transaction are appended one by one. */
    boolean open() {
        return open;
    }

    /** The next sequence number, taking the append lock and reading the chain's head the first time. */
    long nextSeq() {
        if (!locked) {
            head = AuditLog.lockAndReadHead(jdbc);
            locked = true;
        }
        return head.seq() + pending.size() + 1;
    }

    /** Adds the entry; its {@code detailsJson} is still the application's text, canonicalised at the flush. */
    void add(AuditCanonicalForm.Row row) {
        pending.add(row);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        appendAll();
    }

    private void appendAll() {
        open = false;
        if (pending.isEmpty()) {
            return;
        }
        List<String> stored = storedDetails();
        List<Object[]> inserts = new ArrayList<>(pending.size());
        String prev = head.hash();
        for (int i = 0; i < pending.size(); i++) {
            AuditCanonicalForm.Row given = pending.get(i);
            AuditCanonicalForm.Row row = new AuditCanonicalForm.Row(
                    given.seq(),
                    given.occurredAt(),
                    given.actorType(),
                    given.actorId(),
                    given.actorName(),
                    given.action(),
                    given.targetType(),
                    given.targetId(),
                    stored.get(i),
                    given.clientIp());
            String hash = AuditCanonicalForm.hash(prev, row);
            inserts.add(AuditLog.insertArguments(row, prev, hash));
            prev = hash;
        }
        jdbc.batchUpdate(AuditLog.INSERT, inserts);
        pending.clear();
    }

    /** PostgreSQL's own text of each entry's details (the text that is hashed), in one round trip. */
    private List<String> storedDetails() {
        String[] texts =
                pending.stream().map(AuditCanonicalForm.Row::detailsJson).toArray(String[]::new);
        return jdbc.query(
                "select cast(d as jsonb)::text from unnest(?::text[]) with ordinality as u(d, n) order by n",
                ps -> {
                    Array array = ps.getConnection().createArrayOf("text", texts);
                    ps.setArray(1, array);
                },
                (rs, i) -> rs.getString(1));
    }
}
