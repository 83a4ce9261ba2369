package io.portalops.contract.api;

import io.portalops.contract.AttachmentFile;
import io.portalops.contract.AttachmentInfo;
import io.portalops.contract.ContractAttachments;
import io.portalops.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/contracts/{contractId}/attachments")
@Tag(name = "Contract attachments", description = "PDF and image files on a contract; authorised like the contract")
@SecurityRequirement(name = "bearer")
class AttachmentController {

    private final ContractAttachments attachments;

    AttachmentController(ContractAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "The contract's attachments")
    List<AttachmentInfo> list(@PathVariable long contractId) {
        return attachments.list(contractId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Attach a file (multipart field 'file')",
            description = "Only PDF and images, recognised from the bytes; "
                    + "anything else answers 400 and nothing is stored.")
    AttachmentInfo upload(@PathVariable long contractId, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        try (InputStream in = file.getInputStream()) {
            return attachments.upload(
                    contractId, file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download an attachment")
    ResponseEntity<InputStreamResource> download(@PathVariable long contractId, @PathVariable long attachmentId) {
        AttachmentFile file = attachments.open(contractId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .contentLength(file.info().sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.info().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()::open));
    }
}
