package io.portalops.payment;

import io.portalops.shared.crypto.FieldCipher;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts and decrypts a billing record's card holder and expiry (ADR 009). A value is re-encrypted only when it
 * changed, so that the history shows real changes and not new ciphertext.
 */
@Component
class CardData {

    private final FieldCipher cipher;

    CardData(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Nullable
    String holder(BillingRecord record) {
        return cipher.decrypt(record.getCardHolderEnc());
    }

    @Nullable
    CardExpiry expiry(BillingRecord record) {
        return expiryOf(record.getCardExpiryEnc());
    }

    @Nullable
    String decrypt(@Nullable String ciphertext) {
        return cipher.decrypt(ciphertext);
    }

    @Nullable
    CardExpiry expiryOf(@Nullable String ciphertext) {
        String stored = cipher.decrypt(ciphertext);
        return stored == null ? null : CardExpiry.parse(stored);
    }

    /** Sets holder and expiry from a valid form; an invoice payment has neither. */
    void apply(BillingRecord record, BillingForm form) {
        boolean card = form.method() == PaymentMethod.CARD;
        String holder = card ? form.cardHolder() : null;
        CardExpiry expiry = card && form.cardExpiryMonth() != null && form.cardExpiryYear() != null
                ? new CardExpiry(form.cardExpiryMonth(), form.cardExpiryYear())
                : null;
        if (!Objects.equals(holder(record), holder)) {
            record.changeCardHolder(cipher.encrypt(holder));
        }
        if (!Objects.equals(expiry(record), expiry)) {
            record.changeCardExpiry(expiry == null ? null : cipher.encrypt(expiry.stored()));
        }
    }
}
