package io.portalops.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An Idempotency-Key one account used, the hash of the request it came with, and the answer given. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
class IdempotencyRecord {

    /** The primary key (account_id, key). */
    static class Key implements Serializable {
        private long accountId;

        @SuppressWarnings("NullAway.Init") // set by JPA, which builds keys through the no-argument constructor
        private String key;

        protected Key() {}

        Key(long accountId, String key) {
            this.accountId = accountId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.accountId == accountId && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(accountId) * 31 + key.hashCode();
        }
    }

    @Id
    private long accountId;

    @Id
    @Column(name = "key")
    private String key;

    private String requestHash;
    private @Nullable Integer responseStatus;
    private @Nullable String responseBody;
    private Instant createdAt;

    protected IdempotencyRecord() {}

    void answer(int status, String body) {
        this.responseStatus = status;
        this.responseBody = body;
    }

    String getRequestHash() {
        return requestHash;
    }

    @Nullable
    Integer getResponseStatus() {
        return responseStatus;
    }

    @Nullable
    String getResponseBody() {
        return responseBody;
    }
}
