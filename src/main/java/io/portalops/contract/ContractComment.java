package io.portalops.contract;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A note on a contract. Mentions are kept as account ids, so renaming an account does not break them. */
@Entity
@Table(name = "contract_comment")
class ContractComment extends AbstractEntity {

    private long contractId;
    private long authorId;
    private String body;
    private Instant createdAt;
    private @Nullable Instant editedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "account_id")
    private Set<Long> mentions = new HashSet<>();

    protected ContractComment() {}

    ContractComment(long contractId, long authorId, String body, Set<Long> mentions, Instant now) {
        this.contractId = contractId;
        this.authorId = authorId;
        this.body = body;
        this.mentions = new HashSet<>(mentions);
        this.createdAt = now;
    }

    void edit(String body, Set<Long> mentions, Instant now) {
        this.body = body;
        this.mentions.clear();
        this.mentions.addAll(mentions);
        this.editedAt = now;
    }

    long getContractId() {
        return contractId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getEditedAt() {
        return editedAt;
    }

    Set<Long> getMentions() {
        return Set.copyOf(mentions);
    }
}
