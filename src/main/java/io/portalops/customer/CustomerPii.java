package io.portalops.customer;

import io.portalops.shared.crypto.BlindIndex;
import io.portalops.shared.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts, decrypts and indexes a customer's personal data. A value is re-encrypted only when it changed, so
 * that history shows real changes and not new ciphertext.
 */
@Component
class CustomerPii {

    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    CustomerPii(FieldCipher cipher, BlindIndex blindIndex) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    @Nullable
    String email(Customer customer) {
        return cipher.decrypt(customer.getEmailEnc());
    }

    @Nullable
    String nationalId(Customer customer) {
        return cipher.decrypt(customer.getNationalIdEnc());
    }

    @Nullable
    String decrypt(@Nullable String ciphertext) {
        return cipher.decrypt(ciphertext);
    }

    void setEmail(Customer customer, @Nullable String email) {
        String index = emailIndex(email);
        if (index == null || !index.equals(customer.getEmailBidx())) {
            customer.changeEmail(cipher.encrypt(email), index);
        }
    }

    void setNationalId(Customer customer, @Nullable String nationalId) {
        String index = nationalIdIndex(nationalId);
        if (index == null || !index.equals(customer.getNationalIdBidx())) {
            customer.changeNationalId(cipher.encrypt(nationalId), index);
        }
    }

    @Nullable
    String emailIndex(@Nullable String email) {
        return blindIndex.of(email, BlindIndex.Normalisation.EMAIL);
    }

    @Nullable
    String nationalIdIndex(@Nullable String nationalId) {
        return blindIndex.of(nationalId, BlindIndex.Normalisation.IDENTIFIER);
    }

    /** For the bulk demo generator, which writes rows without entities. */
    @Nullable
    String encrypt(@Nullable String value) {
        return cipher.encrypt(value);
    }
}
