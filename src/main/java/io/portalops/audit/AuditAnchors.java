package io.portalops.audit;

import io.portalops.shared.crypto.SecretResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anchors of the audit chain outside its table: lines {@code time seq hash hmac} appended to a file in the data
 * directory (and to the application log), signed with HMAC-SHA256 under {@code portalops.audit.anchor-key}. Whoever
 * rewrites the whole table consistently still cannot make it pass through the anchored hashes.
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    private final Path file;
    private final byte[] key;

    AuditAnchors(@Value("${portalops.audit.anchor-file:${portalops.data-dir:./data}/audit-anchors.log}") Path file, SecretResolver secrets) {
        this.file = file;
        this.key = secrets.resolve("portalops.audit.anchor-key", "audit-anchor.key", 32);
    }

    record Anchor(int line, Instant at, long seq, String hash, boolean signatureValid) {
    }

    synchronized void write(Instant at, AuditLog.ChainHead head) {
        String body = at + " " + head.seq() + " " + head.hash();
        String line = body + " " + sign(body);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit anchor to " + file, e);
        }
        log.info("Audit anchor: {}", line);
    }

    List<Anchor> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).strip().split(" ");
                if (parts.length != 4) {
                    anchors.add(new Anchor(i + 1, Instant.EPOCH, 0, "", false));
                    continue;
                }
                String body = parts[0] + " " + parts[1] + " " + parts[2];
                boolean valid = MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII));
                anchors.add(new Anchor(i + 1, Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2], valid));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + file, e);
        } catch (RuntimeException e) {
            anchors.add(new Anchor(anchors.size() + 1, Instant.EPOCH, 0, "", false));
        }
        return anchors;
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
