package io.portalops.audit;

import io.portalops.shared.PortalOpsProperties;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Anchors of the audit chain outside its table (ADR 021). Each anchor is one line
 * {@code v2 <time> <count> <lastHash> <previousAnchor> <hmac>}: the number of entries and the newest entry's hash,
 * the SHA-256 of the previous anchor line (64 zeros for the first), and an HMAC-SHA256 over the rest under
 * {@code portalops.audit.anchor-key}. Lines go to a file ({@code portalops.audit.anchor-file}), to the application
 * log and, when configured, to a second sink ({@link AnchorSink}). A line edited, forged without the key, removed from
 * the middle or reordered no longer verifies; lines cut from the end are found by their age (AuditVerifier).
 * Lines of the first format ({@code time seq hash hmac}, before ADR 021) still verify, but only before chained ones.
 */
@Component
class AuditAnchors {

    static final String GENESIS = "0".repeat(64);
    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    private final Path file;
    private final byte[] key;
    private final @Nullable AnchorSink sink;

    @Autowired
    AuditAnchors(AuditProperties properties, PortalOpsProperties app, SecretResolver secrets) {
        this(
                app.dataPath(properties.anchorFile(), "audit-anchors.log"),
                secrets.resolve("portalops.audit.anchor-key", "audit-anchor.key", 32),
                AnchorSink.fromUrl(
                        properties.anchorSink().url(), properties.anchorSink().token()));
    }

    AuditAnchors(Path file, byte[] key, @Nullable AnchorSink sink) {
        this.file = file;
        this.key = key.clone();
        this.sink = sink;
    }

    /**
     * One line as read back. {@code problem} is null when its signature and its link to the previous line hold;
     * {@code count} is the number of entries it saw (the newest entry's sequence number, the chain being gapless).
     */
    record Anchor(
            int line,
            Instant at,
            long count,
            String lastHash,
            @Nullable String problem) {}

    /** Appends the anchor for {@code head} to the file, then to the second sink; a sink that fails fails the job. */
    synchronized String write(Instant at, AuditLog.ChainHead head) {
        String body = "v2 " + at + " " + head.seq() + " " + head.hash() + " " + previousLineHash();
        String line = body + " " + sign(body);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit anchor to " + file, e);
        }
        log.info("Audit anchor: {}", line);
        if (sink != null) {
            try {
                sink.send(line);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The audit anchor was written to " + file + " but not to the second sink: " + e.getMessage(),
                        e);
            }
        }
        return line;
    }

    /** Every line of the file in order; an empty list when the file is missing or empty. */
    List<Anchor> read() {
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + file, e);
        }
        List<Anchor> anchors = new ArrayList<>();
        String previous = GENESIS;
        boolean chained = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            Anchor anchor = parse(i + 1, text, previous, chained);
            chained |= text.startsWith("v2 ");
            anchors.add(anchor);
            previous = sha256(text);
        }
        return anchors;
    }

    private Anchor parse(int number, String text, String previous, boolean chained) {
        String[] parts = text.split(" ");
        try {
            if (parts.length == 6 && "v2".equals(parts[0])) {
                String body = text.substring(0, text.lastIndexOf(' '));
                String problem = !signatureValid(body, parts[5])
                        ? "has a bad signature: the anchor file was edited or the line forged"
                        : !parts[4].equals(previous)
                                ? "does not follow the line before it: anchors were removed, inserted or reordered"
                                : null;
                return new Anchor(number, Instant.parse(parts[1]), Long.parseLong(parts[2]), parts[3], problem);
            }
            if (parts.length == 4 && !chained) {
                String body = parts[0] + " " + parts[1] + " " + parts[2];
                return new Anchor(
                        number,
                        Instant.parse(parts[0]),
                        Long.parseLong(parts[1]),
                        parts[2],
                        signatureValid(body, parts[3])
                                ? null
                                : "has a bad signature: the anchor file was edited or the line forged");
            }
        } catch (RuntimeException e) {
            // unreadable time or number: reported below like any other unreadable line
        }
        return new Anchor(number, Instant.EPOCH, 0, "", "cannot be read: the anchor file was edited or cut");
    }

    private boolean signatureValid(String body, String signature) {
        return MessageDigest.isEqual(
                sign(body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String previousLineHash() {
        try {
            if (!Files.exists(file)) {
                return GENESIS;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? GENESIS : sha256(lines.getLast().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + file, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
