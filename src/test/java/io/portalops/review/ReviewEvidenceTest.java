package io.portalops.review;

import static io.portalops.review.ReviewFixtures.itemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.export.ExportFile;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportVerification;
import io.portalops.export.ExportVerifier;
import io.portalops.export.Exports;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.workflow.WorkflowService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ReviewEvidenceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReviewFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    ReviewEvidence evidence;

    @Autowired
    ExportVerifier verifier;

    @Autowired
    Exports exports;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ReviewItem decide(String username, long reviewId, long itemId, Decision decision, String comment) {
        return users.as(username, () -> decisions.decide(reviewId, itemId, new DecisionRequest(decision, comment)));
    }

    List<ReviewItem> items(long reviewId) {
        return users.as(
                "admin",
                () -> decisions.items(reviewId, ItemFilter.none(), 0, 500).items());
    }

    static List<CSVRecord> csv(ExportFile file) throws IOException {
        byte[] bytes = file.content().open().readAllBytes();
        var reader =
                new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getRecords();
    }

    static Map<String, CSVRecord> byPerson(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("Person") + " on " + r.get("Product"), r -> r));
    }

    ExportVerification verify(byte[] content, String sidecar) {
        return users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(content), sidecar));
    }

    @Test
    void the_evidence_table_holds_snapshot_decisions_tasks_and_timings_and_verifies_as_a_genuine_audited_export()
            throws IOException {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        List<ReviewItem> all = items(id);
        ReviewItem gone = decide(w.productAdmin(), id, itemOf(all, w.goneOnA()).id(), Decision.REVOKE, "Left us");
        decide(w.productAdmin(), id, itemOf(all, w.adaOnA()).id(), Decision.KEEP, "");
        decide(w.productAdmin(), id, itemOf(all, w.bobOnA()).id(), Decision.KEEP, "Still on the team");
        decide(w.serviceAdmin(), id, itemOf(all, w.adaOnB()).id(), Decision.KEEP, "");
        ReviewItem bobOnC = decide(w.fallback(), id, itemOf(all, w.bobOnC()).id(), Decision.REVOKE, "Not needed");
        users.run(w.productAdmin(), () -> workflow.complete(Objects.requireNonNull(gone.taskId()), "Ticket 77"));
        users.run("admin", () -> workflow.skip(Objects.requireNonNull(bobOnC.taskId()), "Vendor closed it"));

        ExportFile file =
                users.as("admin", () -> evidence.export(id, ExportFormat.CSV)).file();

        List<CSVRecord> rows = csv(file);
        assertThat(rows).hasSize(5);
        Map<String, CSVRecord> by = byPerson(rows);
        CSVRecord gina = by.get("Gina Gone on " + itemOf(all, w.goneOnA()).productLabel());
        assertThat(gina.get("Person status")).isEqualTo("LEFT");
        assertThat(gina.get("Suggested revoke")).isNotBlank();
        assertThat(gina.get("Decision")).isEqualTo("Revoke");
        assertThat(gina.get("Comment")).isEqualTo("Left us");
        assertThat(gina.get("Decided by")).isNotBlank();
        assertThat(gina.get("Decided at")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(gina.get("Revoke task #")).isEqualTo(gone.taskId().toString());
        assertThat(gina.get("Task status")).isEqualTo("DONE");
        assertThat(gina.get("Evidence or skip reason")).isEqualTo("Ticket 77");
        assertThat(gina.get("Task closed at")).isNotBlank();
        CSVRecord skipped = by.get("Bob Review on " + itemOf(all, w.bobOnC()).productLabel());
        assertThat(skipped.get("Task status")).isEqualTo("SKIPPED");
        assertThat(skipped.get("Evidence or skip reason")).isEqualTo("Vendor closed it");
        CSVRecord kept = by.get("Bob Review on " + itemOf(all, w.bobOnA()).productLabel());
        assertThat(kept.get("Decision")).isEqualTo("Keep");
        assertThat(kept.get("Revoke task #")).isEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("Campaign #")).isEqualTo(Long.toString(id));
            assertThat(r.get("Started")).isNotBlank();
            assertThat(r.get("Due")).isEqualTo(TODAY.plusDays(14).toString());
            assertThat(r.get("Closed")).as("the loop closed").isNotBlank();
            assertThat(r.get("Granted at")).isNotBlank();
        });

        ExportVerification verdict = verify(file.content().open().readAllBytes(), null);
        assertThat(verdict.outcome()).isEqualTo(ExportVerification.Outcome.GENUINE);
        assertThat(verdict.grid()).isEqualTo("access-review-evidence");
        assertThat(verdict.rows()).isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select details -> 'filters' ->> 'campaign' from audit_log"
                                + " where action = 'export.created' and target_id = ?",
                        String.class,
                        Long.toString(file.exportId())))
                .as("the export of evidence is on the audit log")
                .isEqualTo(Long.toString(id));

        ExportFile xlsx =
                users.as("admin", () -> evidence.export(id, ExportFormat.XLSX)).file();
        try (var workbook = new XSSFWorkbook(xlsx.content().open())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(20).getStringCellValue())
                    .isEqualTo("Evidence or skip reason");
        }
        assertThat(verify(xlsx.content().open().readAllBytes(), null).genuine()).isTrue();
    }

    @Test
    void a_tampered_byte_fails_verification_with_and_without_its_signature_file() throws IOException {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        ExportFile file =
                users.as("admin", () -> evidence.export(id, ExportFormat.CSV)).file();
        String sidecar = users.as("admin", () -> exports.sidecar(file.exportId()));
        byte[] bytes = file.content().open().readAllBytes();
        assertThat(verify(bytes, sidecar).genuine()).isTrue();

        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("Gina Gone");
        bytes[at] = 'T';
        assertThat(verify(bytes, null).outcome()).isEqualTo(ExportVerification.Outcome.NOT_GENUINE);
        assertThat(verify(bytes, sidecar).outcome()).isEqualTo(ExportVerification.Outcome.MODIFIED);
    }

    @Test
    void comments_that_a_spreadsheet_would_run_as_formulas_are_written_as_text() throws IOException {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();
        List<ReviewItem> all = items(id);
        Map<Long, String> comments = Map.of(
                w.goneOnA(), "=HYPERLINK(\"http://evil\")",
                w.adaOnA(), "+1+1",
                w.bobOnA(), "-2+3",
                w.adaOnB(), "@SUM(A1)",
                w.bobOnC(), "   =1+2");
        comments.forEach((grant, comment) -> {
            String reviewer =
                    grant == w.adaOnB() ? w.serviceAdmin() : grant == w.bobOnC() ? w.fallback() : w.productAdmin();
            decide(reviewer, id, itemOf(all, grant).id(), Decision.REVOKE, comment);
        });

        List<CSVRecord> rows = csv(
                users.as("admin", () -> evidence.export(id, ExportFormat.CSV)).file());

        assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(r.get("Comment")).startsWith("'"));
        assertThat(rows)
                .extracting(r -> r.get("Comment").substring(1).strip())
                .containsExactlyInAnyOrderElementsOf(
                        comments.values().stream().map(String::strip).toList());
    }

    @Test
    void the_pdf_summary_is_one_signed_page_naming_the_campaign_its_counts_and_the_csvs_hash() throws IOException {
        ReviewFixtures.World w = fx.world();
        CampaignDetails started = fx.start(w, TODAY.plusDays(14));
        long id = started.campaign().id();
        List<ReviewItem> all = items(id);
        decide(w.productAdmin(), id, itemOf(all, w.goneOnA()).id(), Decision.REVOKE, "Left us");
        decide(w.productAdmin(), id, itemOf(all, w.adaOnA()).id(), Decision.KEEP, "");

        EvidencePack pack = users.as("admin", () -> evidence.export(id, ExportFormat.PDF));

        byte[] pdf = pack.file().content().open().readAllBytes();
        ExportFile table = Objects.requireNonNull(pack.table());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(started.campaign().title())
                    .contains("1 kept, 1 revoked, 3 undecided")
                    .contains("Revoke tasks: 1, of which 1 still open")
                    .contains(table.sha256());
        }
        assertThat(verify(pdf, null).grid()).isEqualTo("access-review-summary");
        assertThat(verify(table.content().open().readAllBytes(), null).genuine())
                .isTrue();
        assertThat(table.sha256())
                .isEqualTo(verify(table.content().open().readAllBytes(), null).sha256());
    }

    @Test
    void a_reviewer_gets_their_items_only_and_a_campaign_out_of_reach_is_not_found() throws IOException {
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, TODAY.plusDays(14)).campaign().id();

        List<CSVRecord> mine = csv(users.as(w.productAdmin(), () -> evidence.export(id, ExportFormat.CSV))
                .file());
        assertThat(mine)
                .hasSize(3)
                .extracting(r -> r.get("Person"))
                .containsExactlyInAnyOrder("Ada Review", "Bob Review", "Gina Gone");

        String elsewhere = directory.account(Role.SERVICE_ADMIN);
        assertThatThrownBy(() -> users.as(elsewhere, () -> evidence.export(id, ExportFormat.PDF)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from export_record where account_name = ?", Long.class, elsewhere))
                .as("nothing is written for a campaign out of reach")
                .isZero();
        assertThatThrownBy(() -> ReviewEvidence.format("docx")).isInstanceOf(InvalidInputException.class);
        assertThat(ReviewEvidence.format(" PDF ")).isEqualTo(ExportFormat.PDF);
    }
}
