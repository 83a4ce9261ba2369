package io.portalops.contract;

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
    private String originalName;
    private String storedName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private long uploadedBy;
    private Instant uploadedAt;

    protected ContractAttachment() {
    }

    ContractAttachment(long contractId, String originalName, String storedName, String contentType, long sizeBytes, String sha256,
            long uploadedBy, Instant uploadedAt) {
        this.contractId = contractId;
        this.originalName = originalName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long getContractId() {
        return contractId;
    }

    String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
