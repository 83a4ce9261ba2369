package io.portalops.payment.api;

import io.portalops.payment.InvoiceFile;
import io.portalops.payment.InvoiceForm;
import io.portalops.payment.InvoiceInfo;
import io.portalops.payment.PaymentInvoices;
import io.portalops.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/payments/{billingRecordId}/invoices")
@Tag(
        name = "Payment invoices",
        description = "Invoice files of a billing record: whoever reads the record lists and downloads them; "
                + "uploading and removing need write access to the record")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Invalid input; field errors in 'errors'", content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles or scope do not allow this", content = @Content)
@ApiResponse(
        responseCode = "404",
        description = "No such billing record or invoice in the caller's scope",
        content = @Content)
class InvoiceController {

    private final PaymentInvoices invoices;

    InvoiceController(PaymentInvoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping
    @Operation(operationId = "listInvoices", summary = "The record's invoices, newest first")
    List<InvoiceInfo> list(@PathVariable long billingRecordId) {
        return invoices.list(billingRecordId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "uploadInvoice",
            summary = "Upload an invoice (multipart: file, invoiceDate, amount, currency, optional number)",
            description =
                    "Only PDF "
                            + "and images, recognised from the bytes; anything else answers 400 and nothing is stored. The SHA-256 is recorded.")
    InvoiceInfo upload(
            @PathVariable long billingRecordId,
            @RequestParam("file") MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate invoiceDate,
            @RequestParam BigDecimal amount,
            @RequestParam String currency,
            @RequestParam(required = false) @Nullable String number) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        try (InputStream in = file.getInputStream()) {
            return invoices.upload(
                    billingRecordId,
                    new InvoiceForm(invoiceDate, amount, currency, number),
                    file.getOriginalFilename() == null ? "invoice" : file.getOriginalFilename(),
                    in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{invoiceId}")
    @Operation(operationId = "downloadInvoice", summary = "Download an invoice")
    ResponseEntity<InputStreamResource> download(@PathVariable long billingRecordId, @PathVariable long invoiceId) {
        InvoiceFile file = invoices.open(billingRecordId, invoiceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .contentLength(file.info().sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.info().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()::open));
    }

    @DeleteMapping("/{invoiceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteInvoice", summary = "Remove an invoice (the removal stays in the audit history)")
    @ApiResponse(responseCode = "204", description = "Removed")
    void delete(@PathVariable long billingRecordId, @PathVariable long invoiceId) {
        invoices.delete(billingRecordId, invoiceId);
    }
}
