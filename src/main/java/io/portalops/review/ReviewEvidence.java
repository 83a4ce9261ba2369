package io.portalops.review;

import io.portalops.export.ExportDocument;
import io.portalops.export.ExportFile;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportQuery;
import io.portalops.export.Exports;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.text.PlainText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's evidence pack (ADR 043): the snapshot, the decisions with who, when and why, the revoke tasks with
 * their evidence and the timings, as one flat table written and signed by the export module (CSV or XLSX), and a
 * one-page PDF summary signed the same way that prints the SHA-256 of the CSV it summarises. Whoever sees the
 * campaign may take its pack; the table holds the items they see (ADMIN all, a reviewer their products' items), as
 * the campaign page does. Each file is an export record and an entry on the audit log.
 */
@Service
public class ReviewEvidence {

    static final String TABLE = "access-review-evidence";
    static final String SUMMARY = "access-review-summary";
    static final Set<String> ROLES = Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN");
    static final List<String> HEADERS = List.of(
            "Campaign #",
            "Campaign",
            "Started",
            "Due",
            "Closed",
            "Item #",
            "Person",
            "Department",
            "Person status",
            "Product",
            "Granted at",
            "Granted by",
            "Last use",
            "Suggested revoke",
            "Decision",
            "Decided by",
            "Decided at",
            "Comment",
            "Revoke task #",
            "Task status",
            "Evidence or skip reason",
            "Task closed at");
    private static final int PAGE = 1000;

    private final ReviewAccess access;
    private final CampaignAssembler assembler;
    private final EvidenceStore store;
    private final AccountService accounts;
    private final Exports exports;
    private final Clock clock;

    ReviewEvidence(
            ReviewAccess access,
            CampaignAssembler assembler,
            EvidenceStore store,
            AccountService accounts,
            Exports exports,
            Clock clock) {
        this.access = access;
        this.assembler = assembler;
        this.store = store;
        this.accounts = accounts;
        this.exports = exports;
        this.clock = clock;
    }

    /** {@code csv}, {@code xlsx} or {@code pdf} (any case); anything else is bad input. */
    public static ExportFormat format(String value) {
        return Arrays.stream(ExportFormat.values())
                .filter(f -> f.extension().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "format",
                        "The evidence format must be csv, xlsx or pdf, not '" + PlainText.sanitized(value) + "'."));
    }

    /** Writes, signs and records the campaign's evidence in the format; a campaign out of reach is not found. */
    @PreAuthorize(SaasCatalog.SAAS_ROLES)
    @Transactional(readOnly = true)
    public EvidencePack export(long reviewId, ExportFormat format) {
        AccessReview review = access.visible(reviewId);
        Optional<Set<Long>> products = access.itemProducts(reviewId);
        ExportFile table =
                exports.run(query(review, products), format == ExportFormat.XLSX ? format : ExportFormat.CSV);
        if (format != ExportFormat.PDF) {
            return new EvidencePack(table, null);
        }
        CampaignDetails details = assembler.details(review, access.user().accountId());
        byte[] pdf = EvidenceSummaryPdf.write(new EvidenceSummaryPdf.Summary(
                details,
                store.totals(reviewId),
                table.exportId(),
                table.fileName(),
                table.sha256(),
                table.rows(),
                access.user().username(),
                clock.instant()));
        ExportFile summary = exports.document(new ExportDocument(
                SUMMARY, filters(reviewId, products, table.exportId()), ROLES, ExportFormat.PDF, pdf, 1));
        return new EvidencePack(summary, table);
    }

    private ExportQuery query(AccessReview review, Optional<Set<Long>> products) {
        return new ExportQuery(
                TABLE,
                "Access review evidence",
                filters(review.getId(), products, null),
                HEADERS,
                ROLES,
                sink -> writeRows(review, products, sink));
    }

    private static Map<String, String> filters(long reviewId, Optional<Set<Long>> products, @Nullable Long table) {
        return ExportQuery.filters(
                "campaign", reviewId, "items", products.isEmpty() ? "all" : "reviewed by the exporter", "table", table);
    }

    private void writeRows(AccessReview review, Optional<Set<Long>> products, Consumer<List<?>> sink) {
        long after = 0;
        while (true) {
            List<EvidenceStore.EvidenceRow> page = store.page(review.getId(), products, after, PAGE);
            Map<Long, AccountSummary> deciders = accounts.summaries(page.stream()
                    .map(EvidenceStore.EvidenceRow::decidedBy)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            for (EvidenceStore.EvidenceRow r : page) {
                AccountSummary by = r.decidedBy() == null ? null : deciders.get(r.decidedBy());
                List<Object> cells = new ArrayList<>(HEADERS.size());
                cells.add(review.getId());
                cells.add(review.getTitle());
                cells.add(review.getCreatedAt());
                cells.add(review.getDueDate());
                cells.add(review.getCompletedAt());
                cells.add(r.itemId());
                cells.add(r.personName());
                cells.add(r.department());
                cells.add(r.personStatus());
                cells.add(r.productLabel());
                cells.add(r.grantedAt());
                cells.add(r.grantedBy());
                cells.add(r.lastUsedAt());
                cells.add(r.suggestion());
                cells.add(
                        r.decision() == null
                                ? "Undecided"
                                : Decision.valueOf(r.decision()).label());
                cells.add(by == null ? (r.decidedBy() == null ? null : "#" + r.decidedBy()) : by.displayName());
                cells.add(r.decidedAt());
                cells.add(r.comment());
                cells.add(r.taskId());
                cells.add(r.taskId() == null ? null : Objects.requireNonNullElse(r.taskStatus(), "OPEN"));
                cells.add(r.taskNote());
                cells.add(r.taskClosedAt());
                sink.accept(cells);
                after = r.itemId();
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
