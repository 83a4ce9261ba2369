package io.portalops.contract;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, IdempotencyRecord.Key> {

    /**
     * Claims the key: 1 when this transaction inserted it, 0 when it exists. A concurrent insert of the same key waits on
     * the primary key until the other transaction ends, so 0 means "committed by someone else".
     */
    @Modifying
    @Query(
            value = "insert into idempotency_key (account_id, key, request_hash, created_at) values (?1, ?2, ?3, ?4) "
                    + "on conflict do nothing",
            nativeQuery = true)
    int claim(long accountId, String key, String requestHash, Instant createdAt);
}
