package io.portalops.export.api;

import io.portalops.export.ExportFile;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportQuery;
import io.portalops.export.ExportVerification;
import io.portalops.export.ExportVerifier;
import io.portalops.export.Exports;
import io.portalops.export.GridExports;
import io.portalops.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/export")
@Tag(
        name = "Exports",
        description =
                "Signed CSV and XLSX exports of every grid, with the grid's filters, row scope and masking. "
                        + "ADMIN and ANALYST export customers, contracts and events; ADMIN, SERVICE_ADMIN and PRODUCT_ADMIN the SaaS grids "
                        + "(services, products, people, payments, tasks) in their scope; ADMIN and AUDITOR the audit log. Each export is recorded "
                        + "and audited; its SHA-256 and signature come as headers and can be checked at POST /api/export/verify.")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
@ApiResponse(
        responseCode = "400",
        description = "Unknown grid, format or filter, or a filter value that does not parse",
        content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class ExportController {

    private static final long MAX_SIGNATURE_BYTES = 4096;

    private final Exports exports;
    private final GridExports grids;
    private final ExportVerifier verifier;

    ExportController(Exports exports, GridExports grids, ExportVerifier verifier) {
        this.exports = exports;
        this.grids = grids;
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(
            summary = "Export a grid",
            description =
                    "grid: customers, contracts, events, services, products, people, payments, "
                            + "tasks or audit. The other parameters are the grid's filters, named as on its list endpoint (and sort where the "
                            + "grid sorts, e.g. sort=endDate,asc). columns (optional) lists the columns to export, in order, by their "
                            + "header in lower case with dashes, e.g. columns=number,customer,end; the default is every column. The file streams once written; it carries its SHA-256 and HMAC signature.")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            headers = {
                @Header(name = "X-Content-SHA256", description = "SHA-256 of the body, hex"),
                @Header(name = "X-Signature", description = "hmac-sha256:<hex> over the SHA-256"),
                @Header(name = "X-Export-Id", description = "The export record")
            },
            content = {
                @Content(mediaType = "text/csv"),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            })
    ResponseEntity<Resource> export(
            @RequestParam String grid,
            @RequestParam(defaultValue = "csv") String format,
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        ExportFormat fileFormat = ExportFormat.parse(format);
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        filters.remove("grid");
        filters.remove("format");
        String columns = filters.remove("columns");
        ExportQuery query = grids.query(grid, filters);
        if (columns != null) {
            query = query.withColumns(Arrays.asList(columns.split(",", -1)));
        }
        ExportFile file = exports.run(query, fileFormat);
        return ResponseEntity.ok()
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
                .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Content-SHA256, X-Signature, X-Export-Id")
                .body(new InputStreamResource(file.content()::open));
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Verify an exported file",
            description =
                    "Upload the file (part 'file') and, optionally, its .sig (part "
                            + "'signature'). Answers GENUINE with the export it is, MODIFIED when the signature is for other content, or NOT_GENUINE.")
    @ApiResponse(responseCode = "200", description = "The verdict")
    ExportVerification verify(
            @RequestPart("file") MultipartFile file,
            @RequestPart(value = "signature", required = false) @Nullable MultipartFile signature)
            throws IOException {
        String sidecar = null;
        if (signature != null && !signature.isEmpty()) {
            if (signature.getSize() > MAX_SIGNATURE_BYTES) {
                throw new InvalidInputException(
                        "signature", "This is not a PortalOps signature file (.sig): it is too large.");
            }
            sidecar = new String(signature.getBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = file.getInputStream()) {
            return verifier.verify(in, sidecar);
        }
    }
}
