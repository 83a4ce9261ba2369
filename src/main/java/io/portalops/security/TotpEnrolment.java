package io.portalops.security;

/**
 * A started enrolment, shown to its owner once: the secret in base32 for typing in, and the same as an
 * {@code otpauth://} URI and a QR code (a PNG data URI) for scanning.
 */
public record TotpEnrolment(String secret, String otpauthUri, String qrDataUri) {

    @Override
    public String toString() {
        return "TotpEnrolment[secret=…]";
    }
}
