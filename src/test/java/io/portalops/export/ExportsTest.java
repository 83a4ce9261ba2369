package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.portalops.TestUsers;
import io.portalops.contract.ContractExport;
import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractListItem;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractSortField;
import io.portalops.contract.ContractStatus;
import io.portalops.customer.CustomerExport;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerListItem;
import io.portalops.customer.CustomerService;
import io.portalops.payment.PaymentExport;
import io.portalops.payment.PaymentFilter;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.storage.StoredPaths;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Exports against the demo data on the embedded PostgreSQL: content, scope and masking per role, signing and records. */
@SpringBootTest
class ExportsTest {

    @Autowired
    Exports exports;

    @Autowired
    ExportVerifier verifier;

    @Autowired
    ExportExpiryJob expiry;

    @Autowired
    ContractExport contractExport;

    @Autowired
    ContractService contracts;

    @Autowired
    CustomerExport customerExport;

    @Autowired
    CustomerService customers;

    @Autowired
    PaymentExport paymentExport;

    @Autowired
    PaymentRegister payments;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static List<CSVRecord> csv(ExportFile file) throws Exception {
        String text = Files.readString(StoredPaths.of(file.content()));
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(
                text.substring(1),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return parser.getRecords();
        }
    }

    static <T> List<T> all(PagedRows.Pages<T> pages) {
        List<T> items = new ArrayList<>();
        PagedRows.each(pages, items::add);
        return items;
    }

    @Test
    void a_contract_export_holds_exactly_the_rows_of_the_grids_query_with_its_filter_and_sort() throws Exception {
        ContractFilter filter =
                new ContractFilter(ContractStatus.ACTIVE, null, null, null, null, null, null, null, null, false);
        List<SortOrder<ContractSortField>> sort = List.of(new SortOrder<>(ContractSortField.END_DATE, true));
        ExportFile file = users.as("analyst", () -> exports.run(contractExport.query(filter, sort), ExportFormat.CSV));

        List<ContractListItem> grid =
                users.as("analyst", () -> all((offset, limit) -> contracts.search(filter, sort, offset, limit)));
        List<CSVRecord> rows = csv(file);
        assertThat(grid).isNotEmpty();
        assertThat(rows)
                .extracting(r -> r.get("Number"))
                .containsExactlyElementsOf(
                        grid.stream().map(ContractListItem::number).toList());
        assertThat(rows).extracting(r -> r.get("Status")).containsOnly("Active");
        assertThat(rows.getFirst().get("Value"))
                .isEqualTo(grid.getFirst().value().amount().toPlainString() + " "
                        + grid.getFirst().value().currency());
        assertThat(file.rows()).isEqualTo(grid.size());
    }

    @Test
    void an_account_managers_scope_and_a_managers_refusal_follow_the_design_roles() {
        ContractFilter none = new ContractFilter(null, null, null, null, null, null, null, null, null, false);
        long before = jdbc.queryForObject("select count(*) from export_record", Long.class);
        assertThatThrownBy(() ->
                        users.as("manager", () -> exports.run(contractExport.query(none, List.of()), ExportFormat.CSV)))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("Contracts");
        assertThatThrownBy(() -> users.as(
                        "approver",
                        () -> exports.start(customerExport.query(CustomerFilter.none(), List.of()), ExportFormat.CSV)))
                .isInstanceOf(ExportRefusedException.class);
        assertThatThrownBy(() -> users.as("manager", () -> {
                    contracts.exportRows(none, List.of(), row -> {});
                    return null;
                }))
                .as("the service refuses too, whatever the export module checks")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from export_record", Long.class))
                .as("nothing recorded")
                .isEqualTo(before);
    }

    @Test
    void a_customer_export_keeps_emails_masked_as_the_grid_shows_them_and_records_an_email_filter_masked()
            throws Exception {
        ExportFile file = users.as(
                "analyst", () -> exports.run(customerExport.query(CustomerFilter.none(), List.of()), ExportFormat.CSV));
        List<CustomerListItem> grid = users.as(
                "analyst",
                () -> all((offset, limit) -> customers.search(CustomerFilter.none(), List.of(), offset, limit)));
        List<CSVRecord> rows = csv(file);
        assertThat(rows)
                .extracting(r -> r.get("External ref"))
                .containsExactlyElementsOf(
                        grid.stream().map(CustomerListItem::externalRef).toList());
        assertThat(rows)
                .extracting(r -> r.get("Email"))
                .containsExactlyElementsOf(grid.stream()
                        .map(c -> c.emailMasked() == null ? "" : c.emailMasked())
                        .toList());
        assertThat(rows)
                .extracting(r -> r.get("Email"))
                .filteredOn(e -> !e.isEmpty())
                .isNotEmpty()
                .allMatch(e -> e.contains("•••"));

        String plain = "someone.private@example.com";
        CustomerFilter byEmail = new CustomerFilter(null, null, null, null, null, null, plain, null);
        ExportFile filtered =
                users.as("admin", () -> exports.run(customerExport.query(byEmail, List.of()), ExportFormat.CSV));
        String recorded = jdbc.queryForObject(
                "select filters::text from export_record where id = ?", String.class, filtered.exportId());
        String audited = jdbc.queryForObject(
                "select details::text from audit_log where action = 'export.created' and target_id = ?",
                String.class,
                String.valueOf(filtered.exportId()));
        assertThat(recorded).contains("email").doesNotContain(plain);
        assertThat(audited).doesNotContain(plain);
    }

    @Test
    void a_payments_export_shows_a_product_admin_only_their_products_with_the_card_expiry_masked() throws Exception {
        for (String user : List.of("productadmin", "serviceadmin")) {
            ExportFile file = users.as(
                    user, () -> exports.run(paymentExport.query(PaymentFilter.none(), List.of()), ExportFormat.CSV));
            List<PaymentListItem> grid = users.as(
                    user,
                    () -> all((offset, limit) -> payments.search(PaymentFilter.none(), List.of(), offset, limit)));
            List<CSVRecord> rows = csv(file);
            assertThat(rows)
                    .extracting(r -> r.get("Product"))
                    .containsExactlyElementsOf(
                            grid.stream().map(PaymentListItem::productName).toList());
            assertThat(rows)
                    .extracting(r -> r.get("Card expiry"))
                    .containsExactlyElementsOf(grid.stream()
                            .map(p -> p.cardExpiry() == null ? "" : p.cardExpiry())
                            .toList());
            List<String> expiries = rows.stream()
                    .map(r -> r.get("Card expiry"))
                    .filter(e -> !e.isEmpty())
                    .toList();
            assertThat(expiries).isNotEmpty();
            if (user.equals("productadmin")) {
                assertThat(expiries).allMatch(e -> !e.matches(".*\\d.*"), "masked for a product admin");
            } else {
                assertThat(expiries).anyMatch(e -> e.matches("\\d{2}/\\d{2,4}"));
            }
        }
        long productAdminRows = users.as(
                        "productadmin",
                        () -> exports.run(paymentExport.query(PaymentFilter.none(), List.of()), ExportFormat.CSV))
                .rows();
        long adminRows = users.as(
                        "admin",
                        () -> exports.run(paymentExport.query(PaymentFilter.none(), List.of()), ExportFormat.CSV))
                .rows();
        assertThat(productAdminRows).isLessThan(adminRows);
    }

    @Test
    void an_xlsx_export_opens_in_poi_with_dates_and_money_as_typed_cells_and_text_never_as_a_formula()
            throws Exception {
        ContractFilter filter = new ContractFilter(null, null, null, null, null, null, null, null, null, false);
        List<SortOrder<ContractSortField>> sort = List.of(new SortOrder<>(ContractSortField.NUMBER, true));
        ExportFile file = users.as("admin", () -> exports.run(contractExport.query(filter, sort), ExportFormat.XLSX));
        List<ContractListItem> grid =
                users.as("admin", () -> all((offset, limit) -> contracts.search(filter, sort, offset, limit)));
        try (InputStream in = file.content().open();
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Contracts");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Number");
            assertThat(sheet.getLastRowNum()).isEqualTo(grid.size());
            Row first = sheet.getRow(1);
            ContractListItem expected = grid.getFirst();
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(expected.number());
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue())
                    .isEqualTo(expected.value().amount().doubleValue());
            assertThat(first.getCell(4).getCellStyle().getDataFormatString())
                    .contains(expected.value().currency());
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(expected.startDate());
            assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.BOOLEAN);
        }
    }

    @Test
    void a_genuine_export_verifies_and_one_changed_byte_or_a_foreign_signature_does_not() throws Exception {
        ExportFile file = users.as(
                "analyst",
                () -> exports.run(
                        contractExport.query(
                                new ContractFilter(
                                        ContractStatus.DRAFT, null, null, null, null, null, null, null, null, false),
                                List.of()),
                        ExportFormat.CSV));
        byte[] bytes = file.content().open().readAllBytes();
        String sidecar = users.as("analyst", () -> exports.sidecar(file.exportId()));

        ExportVerification genuine =
                users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(bytes), sidecar));
        assertThat(genuine.outcome()).isEqualTo(ExportVerification.Outcome.GENUINE);
        assertThat(genuine.exportId()).isEqualTo(file.exportId());
        assertThat(genuine.exportedBy()).isEqualTo("analyst");
        assertThat(genuine.message())
                .contains("#" + file.exportId())
                .contains("analyst")
                .contains("unmodified");
        assertThat(users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(bytes), null))
                        .genuine())
                .as("without the .sig too")
                .isTrue();

        byte[] changed = bytes.clone();
        changed[changed.length - 3] ^= 1;
        assertThat(users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(changed), null))
                        .outcome())
                .isEqualTo(ExportVerification.Outcome.NOT_GENUINE);
        assertThat(users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(changed), sidecar))
                        .outcome())
                .isEqualTo(ExportVerification.Outcome.MODIFIED);

        String forged =
                sidecar.replaceAll("signature: hmac-sha256:[0-9a-f]+", "signature: hmac-sha256:" + "0".repeat(64));
        assertThat(users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(bytes), forged))
                        .outcome())
                .isEqualTo(ExportVerification.Outcome.NOT_GENUINE);
        assertThatThrownBy(() ->
                        users.as("auditor", () -> verifier.verify(new ByteArrayInputStream(bytes), "not a signature")))
                .isInstanceOf(io.portalops.shared.InvalidInputException.class)
                .hasMessageContaining(".sig");
    }

    @Test
    void an_export_is_recorded_signed_and_on_the_audit_log_with_its_grid_filters_rows_and_hash() {
        ContractFilter filter =
                new ContractFilter(ContractStatus.ACTIVE, null, null, null, null, null, null, true, null, false);
        ExportFile file =
                users.as("analyst", () -> exports.run(contractExport.query(filter, List.of()), ExportFormat.XLSX));
        Map<String, Object> record = jdbc.queryForMap(
                "select grid, format, account_name, status, row_count, sha256, signature, filters::text as filters "
                        + "from export_record where id = ?",
                file.exportId());
        assertThat(record)
                .containsEntry("grid", "contracts")
                .containsEntry("format", "XLSX")
                .containsEntry("account_name", "analyst")
                .containsEntry("status", "READY")
                .containsEntry("row_count", file.rows())
                .containsEntry("sha256", file.sha256());
        assertThat((String) record.get("filters"))
                .contains("\"status\": \"ACTIVE\"")
                .contains("\"flagged\": \"true\"");
        Map<String, Object> entry = jdbc.queryForMap(
                "select actor_name, details::text as details from audit_log "
                        + "where action = 'export.created' and target_type = 'export' and target_id = ?",
                String.valueOf(file.exportId()));
        assertThat(entry.get("actor_name")).isEqualTo("analyst");
        assertThat((String) entry.get("details"))
                .contains(file.sha256())
                .contains("\"grid\": \"contracts\"")
                .contains("\"rows\": " + file.rows());
    }

    @Test
    void an_export_past_the_threshold_goes_on_in_the_background_notifies_its_owner_and_its_link_expires() {
        int rows = 10_050;
        ExportQuery large = new ExportQuery(
                "contracts",
                "Contracts",
                Map.of("status", "ACTIVE"),
                List.of("n"),
                Set.of("ANALYST"),
                sink -> IntStream.range(0, rows).forEach(i -> sink.accept(List.of(i))));
        ExportProgress started = users.as("analyst", () -> exports.start(large, ExportFormat.CSV));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> users.as("analyst", () -> exports.progress(started.exportId()))
                        .finished());
        ExportProgress done = users.as("analyst", () -> exports.progress(started.exportId()));
        assertThat(done.status()).isEqualTo(ExportStatus.READY);
        assertThat(done.rows()).isEqualTo(rows);
        assertThat(done.background()).isTrue();
        Map<String, Object> note = jdbc.queryForMap(
                "select n.title, n.link from notification n join account a on a.id = n.recipient_id "
                        + "where a.username = 'analyst' and n.cause = 'EXPORT_READY' and n.dedup_key = ?",
                "export-ready:" + started.exportId());
        assertThat(note.get("link")).isEqualTo("exports/" + started.exportId());
        assertThat((String) note.get("title")).contains("10,050 rows");

        ExportFile file = users.as("analyst", () -> exports.file(started.exportId()));
        assertThat(StoredPaths.of(file.content())).exists();
        assertThatThrownBy(() -> users.as("admin", () -> exports.file(started.exportId())))
                .as("another account, even an admin, does not reach someone's export")
                .isInstanceOf(NotFoundException.class);

        expiry.execute(Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
        assertThat(StoredPaths.of(file.content())).doesNotExist();
        assertThatThrownBy(() -> users.as("analyst", () -> exports.file(started.exportId())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("expired")
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).httpStatus()).isEqualTo(410));
        assertThat(users.as("analyst", () -> exports.details(started.exportId()))
                        .status())
                .isEqualTo(ExportStatus.EXPIRED);
    }

    @Test
    void a_small_export_stays_in_the_foreground_and_sends_no_notification() {
        ExportQuery small = new ExportQuery(
                "contracts",
                "Contracts",
                Map.of(),
                List.of("n"),
                Set.of("ANALYST"),
                sink -> IntStream.range(0, 5).forEach(i -> sink.accept(List.of(i))));
        ExportProgress started = users.as("analyst", () -> exports.start(small, ExportFormat.XLSX));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> users.as("analyst", () -> exports.progress(started.exportId()))
                        .finished());
        assertThat(users.as("analyst", () -> exports.progress(started.exportId()))
                        .background())
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key = ?",
                        Long.class,
                        "export-ready:" + started.exportId()))
                .isZero();
    }

    @Test
    void an_export_whose_rows_fail_is_recorded_as_failed_with_a_clear_reason_and_leaves_no_file() {
        ExportQuery broken =
                new ExportQuery("contracts", "Contracts", Map.of(), List.of("n"), Set.of("ANALYST"), sink -> {
                    sink.accept(List.of(1));
                    throw new io.portalops.shared.InvalidInputException("status", "No such status.");
                });
        assertThatThrownBy(() -> users.as("analyst", () -> exports.run(broken, ExportFormat.CSV)))
                .hasMessage("No such status.");
        Map<String, Object> record =
                jdbc.queryForMap("select id, status, error from export_record order by id desc limit 1");
        assertThat(record).containsEntry("status", "FAILED").containsEntry("error", "No such status.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'export.created' and target_id = ?",
                        Long.class,
                        String.valueOf(record.get("id"))))
                .isZero();
    }
}
