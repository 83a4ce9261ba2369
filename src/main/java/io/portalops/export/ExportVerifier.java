package io.portalops.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells whether a file is a genuine, unmodified PortalOps export: its SHA-256 must be that of a recorded export
 * whose stored signature checks out under the signing key. With a {@code .sig} sidecar, a hash that differs from the
 * signed one is reported as a modified file. Any signed-in person may check a file they were given.
 */
@Service
public class ExportVerifier {

    static final String VERIFIERS =
            "hasAnyRole('ADMIN','AUDITOR','ANALYST','ACCOUNT_MANAGER','APPROVER','SERVICE_ADMIN','PRODUCT_ADMIN')";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ExportRecordRepository records;
    private final ExportSigner signer;

    ExportVerifier(ExportRecordRepository records, ExportSigner signer) {
        this.records = records;
        this.signer = signer;
    }

    @PreAuthorize(VERIFIERS)
    @Transactional(readOnly = true)
    public ExportVerification verify(InputStream file, @Nullable String sidecarText) {
        String sha256 = sha256(file);
        ExportSidecar sidecar = sidecarText == null || sidecarText.isBlank() ? null : ExportSidecar.parse(sidecarText);
        if (sidecar != null && !sidecar.sha256().equals(sha256)) {
            return new ExportVerification(
                    ExportVerification.Outcome.MODIFIED,
                    "Modified: this file is not the one export #" + sidecar.exportId() + " signed. Its SHA-256 is "
                            + sha256 + ", the signed one is " + sidecar.sha256() + ".",
                    sha256,
                    sidecar.exportId(),
                    null,
                    null,
                    null,
                    null);
        }
        if (sidecar != null && !signer.verify(sidecar.sha256(), sidecar.signature())) {
            return notGenuine(sha256, "Not genuine: the signature file was not made by this PortalOps.");
        }
        Optional<ExportRecord> match = records.findBySha256OrderByIdAsc(sha256).stream()
                .filter(r -> r.getSignature() != null && signer.verify(sha256, r.getSignature()))
                .findFirst();
        if (match.isEmpty()) {
            return notGenuine(
                    sha256,
                    sidecar == null
                            ? "Not genuine or modified: no export made by PortalOps has exactly this content."
                            : "Not genuine: the signature is valid but no export record has this content.");
        }
        ExportRecord r = match.get();
        return new ExportVerification(
                ExportVerification.Outcome.GENUINE,
                "Genuine export #" + r.getId() + " of " + r.getGrid()
                        + " by " + r.getAccountName() + " at " + WHEN.format(Objects.requireNonNull(r.getCompletedAt()))
                        + ", "
                        + r.getRowCount() + " rows, unmodified.",
                sha256,
                r.getId(),
                r.getGrid(),
                r.getAccountName(),
                r.getCompletedAt(),
                r.getRowCount());
    }

    private static ExportVerification notGenuine(String sha256, String message) {
        return new ExportVerification(
                ExportVerification.Outcome.NOT_GENUINE, message, sha256, null, null, null, null, null);
    }

    private static String sha256(InputStream file) {
        try (HashingOutputStream hashing = new HashingOutputStream(OutputStream.nullOutputStream())) {
            file.transferTo(hashing);
            return hashing.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
