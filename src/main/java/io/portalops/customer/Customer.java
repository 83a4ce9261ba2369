package io.portalops.customer;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A customer. National ID and email hold ciphertext (see FieldCipher) and a blind index each; the service
 * encrypts and decrypts, so that no plaintext personal data is ever kept in this object longer than a call.
 */
@Entity
@Table(name = "customer")
@Audited
class Customer extends AbstractEntity {

    private String externalRef;
    private String name;

    @Enumerated(EnumType.STRING)
    private CustomerKind kind;

    private @Nullable String nationalIdEnc;

    @NotAudited
    private @Nullable String nationalIdBidx;

    private @Nullable String emailEnc;

    @NotAudited
    private @Nullable String emailBidx;

    private @Nullable String phone;
    private @Nullable String address;
    private String country;

    @Enumerated(EnumType.STRING)
    private CustomerSegment segment;

    @Enumerated(EnumType.STRING)
    private CustomerStatus status;

    private long ownerId;

    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Customer() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    Customer(String externalRef, long ownerId, Instant now) {
        this.externalRef = externalRef;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(
            String externalRef,
            String name,
            CustomerKind kind,
            @Nullable String phone,
            @Nullable String address,
            String country,
            CustomerSegment segment,
            CustomerStatus status,
            Instant now) {
        this.externalRef = externalRef;
        this.name = name;
        this.kind = kind;
        this.phone = phone;
        this.address = address;
        this.country = country;
        this.segment = segment;
        this.status = status;
        this.updatedAt = now;
    }

    void changeNationalId(@Nullable String ciphertext, @Nullable String blindIndex) {
        this.nationalIdEnc = ciphertext;
        this.nationalIdBidx = blindIndex;
    }

    void changeEmail(@Nullable String ciphertext, @Nullable String blindIndex) {
        this.emailEnc = ciphertext;
        this.emailBidx = blindIndex;
    }

    void changeOwner(long ownerId) {
        this.ownerId = ownerId;
    }

    String getExternalRef() {
        return externalRef;
    }

    String getName() {
        return name;
    }

    CustomerKind getKind() {
        return kind;
    }

    @Nullable
    String getNationalIdEnc() {
        return nationalIdEnc;
    }

    @Nullable
    String getNationalIdBidx() {
        return nationalIdBidx;
    }

    @Nullable
    String getEmailEnc() {
        return emailEnc;
    }

    @Nullable
    String getEmailBidx() {
        return emailBidx;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getAddress() {
        return address;
    }

    String getCountry() {
        return country;
    }

    CustomerSegment getSegment() {
        return segment;
    }

    CustomerStatus getStatus() {
        return status;
    }

    long getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
