package io.portalops.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 of a normalised value: lets an exact search on an encrypted column use an index instead of
 * decrypting every row, without storing anything that can be reversed without the key.
 */
@Component
public class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(SecretResolver secrets) {
        this.key = new SecretKeySpec(
                secrets.resolve("portalops.crypto.blind-index-key", "blind-index.key", 32), "HmacSHA256");
    }

    public @Nullable String of(@Nullable String value, Normalisation normalisation) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                    .formatHex(mac.doFinal(normalisation.apply(value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    public enum Normalisation {
        /** Emails compare case-insensitively and without surrounding blanks. */
        EMAIL {
            @Override
            String apply(String value) {
                return value.strip().toLowerCase(Locale.ROOT);
            }
        },
        /** Identity numbers are typed with and without spaces, dashes and dots. */
        IDENTIFIER {
            @Override
            String apply(String value) {
                return value.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
            }
        };

        abstract String apply(String value);
    }
}
