package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Contract attachments: PDF and images only, recognised from their bytes (Apache Tika), never from the name. Files go
 * to the upload directory under a random name with their SHA-256 recorded; reading them is authorised like the contract.
 */
@Service
public class ContractAttachments {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    private final ContractAttachmentRepository attachments;
    private final ContractAccess access;
    private final AccountService accounts;
    private final Clock clock;
    private final Path directory;
    private final long maxBytes;
    private final Tika tika = new Tika();

    ContractAttachments(ContractAttachmentRepository attachments, ContractAccess access, AccountService accounts, Clock clock,
            @Value("${portalops.uploads.dir:${portalops.data-dir:./data}/uploads}") Path directory,
            @Value("${portalops.uploads.max-size:10MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
        this.directory = directory;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores a file for a contract the caller may see. Refused files leave nothing behind. */
    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional
    public AttachmentInfo upload(long contractId, String originalName, InputStream content) {
        CurrentUser user = access.user();
        Contract contract = access.visible(contractId);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha256);
            if (size == 0) {
                throw new InvalidInputException("file", "The file is empty.");
            }
            String type = tika.detect(temp);
            if (!ALLOWED.contains(type)) {
                throw new InvalidInputException("file", "Only PDF and image files (PNG, JPEG, GIF, WebP) can be attached; "
                        + "this file's content is " + type + ", whatever its name says.");
            }
            String stored = UUID.randomUUID().toString();
            Path target = directory.resolve(Long.toString(contract.getId())).resolve(stored);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            ContractAttachment saved = attachments.save(new ContractAttachment(contract.getId(), AttachmentNames.sanitise(originalName),
                    stored, type, size, HexFormat.of().formatHex(sha256.digest()), user.accountId(), clock.instant()));
            return toInfo(saved, accounts.summaries(Set.of(user.accountId())));
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(long contractId) {
        Contract contract = access.visible(contractId);
        List<ContractAttachment> rows = attachments.findByContractIdOrderByUploadedAtAsc(contract.getId());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(ContractAttachment::getUploadedBy).collect(Collectors.toSet()));
        return rows.stream().map(a -> toInfo(a, people)).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional(readOnly = true)
    public AttachmentFile open(long contractId, long attachmentId) {
        Contract contract = access.visible(contractId);
        ContractAttachment attachment = attachments.findById(attachmentId).filter(a -> a.getContractId() == contract.getId())
                .orElseThrow(() -> new NotFoundException("Attachment"));
        Path path = directory.resolve(Long.toString(contract.getId())).resolve(attachment.getStoredName());
        if (!Files.isReadable(path)) {
            throw new NotFoundException("Attachment file");
        }
        return new AttachmentFile(toInfo(attachment, accounts.summaries(Set.of(attachment.getUploadedBy()))), path);
    }

    private long copyLimited(InputStream content, Path target, MessageDigest digest) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new InvalidInputException("file", "The file is larger than the limit of " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB.");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover .part file holds no reference and is overwritten by nothing; harmless
            }
        }
    }

    private static AttachmentInfo toInfo(ContractAttachment a, Map<Long, AccountSummary> people) {
        AccountSummary by = people.get(a.getUploadedBy());
        return new AttachmentInfo(a.getId(), a.getContractId(), a.getOriginalName(), a.getContentType(), a.getSizeBytes(),
                a.getSha256(), by == null ? "#" + a.getUploadedBy() : by.displayName(), a.getUploadedAt());
    }
}
