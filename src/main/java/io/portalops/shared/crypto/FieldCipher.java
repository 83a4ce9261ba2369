package io.portalops.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM encryption of single fields. A stored value reads {@code <keyId>:<base64(iv | ciphertext | tag)>},
 * so that old rows stay readable after the active key rotates: the key id beside the ciphertext picks the key.
 */
@Component
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeKeyId;

    public FieldCipher(Environment environment, SecretResolver secrets) {
        this.activeKeyId = environment.getProperty("portalops.crypto.active-key", "k1");
        String ids = environment.getProperty("portalops.crypto.key-ids", activeKeyId);
        for (String id : ids.split(",")) {
            String keyId = id.trim();
            byte[] key = secrets.resolve("portalops.crypto.keys." + keyId, "field-" + keyId + ".key", 32);
            keys.put(keyId, new SecretKeySpec(key, 0, 32, "AES"));
        }
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException(
                    "portalops.crypto.active-key " + activeKeyId + " is not among portalops.crypto.key-ids");
        }
    }

    public @Nullable String encrypt(@Nullable String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public @Nullable String decrypt(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("Encrypted value has no key id");
        }
        String keyId = stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException(
                    "Encrypted with unknown key " + keyId + "; add it to portalops.crypto.key-ids");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Field decryption failed: the value was altered or the key is wrong", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }
}
