package io.portalops.contract;

import io.portalops.shared.files.StoredFile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a contract; immutable once stored. */
@Entity
@Table(name = "contract_attachment")
class ContractAttachment {

    @Id
    @SuppressWarnings("NullAway.Init") // assigned by the database on insert
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contractId;

    @Embedded
    private StoredFile file;

    private long uploadedBy;
    private Instant uploadedAt;

    protected ContractAttachment() {}

    ContractAttachment(long contractId, StoredFile file, long uploadedBy, Instant uploadedAt) {
        this.contractId = contractId;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long getContractId() {
        return contractId;
    }

    StoredFile getFile() {
        return file;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
