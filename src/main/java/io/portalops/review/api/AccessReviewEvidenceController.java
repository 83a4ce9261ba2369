package io.portalops.review.api;

import io.portalops.export.ExportFile;
import io.portalops.review.EvidencePack;
import io.portalops.review.ReviewEvidence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/access-reviews")
@Tag(name = "Access reviews")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "A format other than csv, xlsx or pdf", content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
@ApiResponse(responseCode = "404", description = "No such campaign in the caller's scope", content = @Content)
class AccessReviewEvidenceController {

    private final ReviewEvidence evidence;

    AccessReviewEvidenceController(ReviewEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/{id}/evidence")
    @Operation(
            operationId = "getAccessReviewEvidence",
            summary = "A campaign's signed evidence pack",
            description =
                    "csv or xlsx: the snapshot, the decisions (who, when, comment), the revoke tasks (evidence or "
                            + "skip reason, when closed) and the campaign's timings, one row per access, as far as the caller "
                            + "sees the campaign's items. pdf: a one-page summary naming the SHA-256 of the signed CSV it "
                            + "summarises (that CSV's export is X-Evidence-Table-Export-Id). Each file is a signed, recorded "
                            + "and audited export that POST /api/export/verify recognises (ADR 043).")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            headers = {
                @Header(name = "X-Content-SHA256", description = "SHA-256 of the body, hex"),
                @Header(name = "X-Signature", description = "hmac-sha256:<hex> over the SHA-256"),
                @Header(name = "X-Export-Id", description = "The export record"),
                @Header(name = "X-Evidence-Table-Export-Id", description = "pdf only: the CSV export summarised")
            },
            content = {
                @Content(mediaType = "text/csv"),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                @Content(mediaType = "application/pdf")
            })
    ResponseEntity<Resource> evidence(
            @PathVariable long id,
            @Parameter(description = "csv, xlsx or pdf") @RequestParam(defaultValue = "csv") String format) {
        EvidencePack pack = evidence.export(id, ReviewEvidence.format(format));
        ExportFile file = pack.file();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .header("X-Signature", "hmac-sha256:" + file.signature())
                .header("X-Export-Id", String.valueOf(file.exportId()))
                .header(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        "X-Content-SHA256, X-Signature, X-Export-Id, X-Evidence-Table-Export-Id");
        ExportFile table = pack.table();
        if (table != null) {
            response.header("X-Evidence-Table-Export-Id", String.valueOf(table.exportId()));
        }
        return response.body(new InputStreamResource(file.content()::open));
    }
}
