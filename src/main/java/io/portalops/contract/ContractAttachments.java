package io.portalops.contract;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.files.StoredFile;
import io.portalops.shared.files.UploadedFiles;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract attachments: PDF and images only, recognised from their bytes, never from the name ({@link UploadedFiles}).
 * Files go to the contract's folder in the upload directory under a random name with their SHA-256 recorded; reading
 * them is authorised like the contract.
 */
@Service
public class ContractAttachments {

    private final ContractAttachmentRepository attachments;
    private final ContractAccess access;
    private final AccountService accounts;
    private final UploadedFiles files;
    private final Clock clock;

    ContractAttachments(
            ContractAttachmentRepository attachments,
            ContractAccess access,
            AccountService accounts,
            UploadedFiles files,
            Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.accounts = accounts;
        this.files = files;
        this.clock = clock;
    }

    public long maxBytes() {
        return files.maxBytes();
    }

    /** Stores a file for a contract the caller may attach to ({@link ContractAccess#mayAttach}). Refused files leave nothing behind. */
    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional
    public AttachmentInfo upload(long contractId, String originalName, InputStream content) {
        CurrentUser user = access.user();
        Contract contract = access.visible(contractId);
        if (!access.mayAttach(contract, user)) {
            throw new ActionRefusedException(
                    "You may read this contract but not attach files to it: its account manager, "
                            + "analysts, administrators and, while it awaits their decision, approvers can.");
        }
        StoredFile file = files.store(folder(contract.getId()), originalName, content);
        ContractAttachment saved =
                attachments.save(new ContractAttachment(contract.getId(), file, user.accountId(), clock.instant()));
        return toInfo(saved, accounts.summaries(Set.of(user.accountId())));
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(long contractId) {
        Contract contract = access.visible(contractId);
        List<ContractAttachment> rows = attachments.findByContractIdOrderByUploadedAtAsc(contract.getId());
        Map<Long, AccountSummary> people = accounts.summaries(
                rows.stream().map(ContractAttachment::getUploadedBy).collect(Collectors.toSet()));
        return rows.stream().map(a -> toInfo(a, people)).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')")
    @Transactional(readOnly = true)
    public AttachmentFile open(long contractId, long attachmentId) {
        Contract contract = access.visible(contractId);
        ContractAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.getContractId() == contract.getId())
                .orElseThrow(() -> new NotFoundException("Attachment"));
        return new AttachmentFile(
                toInfo(attachment, accounts.summaries(Set.of(attachment.getUploadedBy()))),
                files.content(folder(contract.getId()), attachment.getFile().storedName()));
    }

    /** Contracts keep the layout they had before invoices shared the directory: one folder per contract id. */
    private static String folder(long contractId) {
        return Long.toString(contractId);
    }

    private static AttachmentInfo toInfo(ContractAttachment a, Map<Long, AccountSummary> people) {
        AccountSummary by = people.get(a.getUploadedBy());
        StoredFile file = a.getFile();
        return new AttachmentInfo(
                a.getId(),
                a.getContractId(),
                file.displayName(),
                file.contentType(),
                file.sizeBytes(),
                file.sha256(),
                by == null ? "#" + a.getUploadedBy() : by.displayName(),
                a.getUploadedAt());
    }
}
