package io.portalops.export;

import io.portalops.shared.crypto.SecretResolver;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs an export's SHA-256 with HMAC-SHA256 under {@code portalops.export.signing-key} (the demo generates one in
 * {@code data/keys}), so that PortalOps can later tell whether a file is one it produced, unchanged.
 */
@Component
class ExportSigner {

    private final byte[] key;

    @Autowired
    ExportSigner(SecretResolver secrets) {
        this(secrets.resolve("portalops.export.signing-key", "export-signing.key", 32));
    }

    ExportSigner(byte[] key) {
        this.key = key.clone();
    }

    /** The signature of a file whose SHA-256 (hex) is {@code sha256}. */
    public String sign(String sha256) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(sha256.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String sha256, String signature) {
        return MessageDigest.isEqual(
                sign(sha256).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
