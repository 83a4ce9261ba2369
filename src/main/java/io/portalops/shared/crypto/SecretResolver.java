package io.portalops.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Finds a secret key. Outside the demo profile every key must be configured (the production profile checks them all at
 * start, ADR 020); only the explicit demo profile generates missing ones once and keeps them in the data directory, so that encrypted demo data and issued tokens survive restarts.
 */
@Component
public class SecretResolver {

    private final Environment environment;

    public SecretResolver(Environment environment) {
        this.environment = environment;
    }

    public byte[] resolve(String property, String demoFileName, int minimumBytes) {
        String configured = environment.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return decode(property, configured, minimumBytes);
        }
        // Generated keys are a demo convenience only; production (which refuses the demo at start, ADR 020) never gets
        // one.
        if (!environment.acceptsProfiles(Profiles.of("demo"))
                || environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException("Missing secret: set " + property + " (environment variable "
                    + property.toUpperCase().replace('.', '_').replace('-', '_') + ") to a base64 key of at least "
                    + minimumBytes + " bytes, e.g. the output of `openssl rand -base64 32`.");
        }
        return demoSecret(demoFileName, minimumBytes);
    }

    private byte[] demoSecret(String fileName, int bytes) {
        Path dir = Path.of(environment.getProperty("portalops.data-dir", "./data"), "keys");
        Path file = dir.resolve(fileName);
        try {
            if (Files.exists(file)) {
                return decode(file.toString(), Files.readString(file).trim(), bytes);
            }
            Files.createDirectories(dir);
            byte[] key = new byte[bytes];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the demo key " + file, e);
        }
    }

    private static byte[] decode(String source, String base64, int minimumBytes) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64");
        }
        if (key.length < minimumBytes) {
            throw new IllegalStateException(
                    source + " must hold at least " + minimumBytes + " bytes, it holds " + key.length);
        }
        return key;
    }
}
