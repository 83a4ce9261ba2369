package io.portalops.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes through {@code dev.samstevens.totp}: SHA-1, six digits, 30-second steps, as every authenticator app
 * reads them. The library's own verifier only answers yes or no; replay protection needs the time step a code belongs
 * to, so this asks the library's generator for the three steps in the window and compares in constant time.
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** ±1 step of clock drift between the server and the phone (ADR 033). */
    static final int DRIFT_STEPS = 1;

    static final int RECOVERY_CODES = 10;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    // 32 base32 characters: 160 bits, the HMAC-SHA1 key length RFC 4226 recommends
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /** The time step within ±{@link #DRIFT_STEPS} of now whose code this is, if any; the latest step wins. */
    OptionalLong matchingStep(String secret, String typed) {
        String code = typed.strip().replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        OptionalLong found = OptionalLong.empty();
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }

    List<String> newRecoveryCodes() {
        return List.of(recoveryCodes.generateCodes(RECOVERY_CODES));
    }

    /** Recovery codes are typed by hand: case, spaces and the dashes are not significant. */
    static String normalizeRecoveryCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    String otpauthUri(String issuer, String username, String secret) {
        return qrData(issuer, username, secret).getUri();
    }

    String qrDataUri(String issuer, String username, String secret) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(qrData(issuer, username, secret)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    private static QrData qrData(String issuer, String username, String secret) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}
