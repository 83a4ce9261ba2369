package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerExport;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.shared.storage.StoredPaths;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Formula injection from end to end: customer names stored in the database as an attacker would write them, exported
 * through the Customers grid's export to CSV and to Excel. The form strips leading whitespace, so the names with it
 * are stored the way an older row or another route would leave them, straight in the table.
 */
@SpringBootTest
class FormulaInjectionExportTest {

    @Autowired
    Exports exports;

    @Autowired
    CustomerExport customerExport;

    @Autowired
    CustomerService customers;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /** By external reference: the stored names, each of which a spreadsheet would run as a formula. */
    Map<String, String> storedNames(String marker) {
        Map<String, String> names = new HashMap<>();
        names.put(
                "FI-" + marker + "-1", "=HYPERLINK(\"https://evil.example/?" + marker + "\",\"Open " + marker + "\")");
        names.put("FI-" + marker + "-2", " =1+1 " + marker);
        names.put("FI-" + marker + "-3", "\t@SUM(1+1) " + marker);
        names.put("FI-" + marker + "-4", "  -2+3 " + marker);
        names.put("FI-" + marker + "-5", "Plain " + marker);
        names.forEach((ref, name) -> {
            CustomerDetails created = users.as(
                    "manager",
                    () -> customers.create(new CustomerForm(
                            ref,
                            "Placeholder " + marker,
                            CustomerKind.COMPANY,
                            null,
                            null,
                            null,
                            null,
                            "SE",
                            CustomerSegment.SMB,
                            CustomerStatus.ACTIVE,
                            null,
                            null)));
            jdbc.update("update customer set name = ? where id = ?", name, created.id());
        });
        return names;
    }

    @Test
    void stored_names_that_spreadsheets_would_run_leave_the_csv_export_as_text_even_after_leading_whitespace()
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> names = storedNames(marker);
        CustomerFilter mine = new CustomerFilter(marker, null, null, null, null, null, null, null);

        ExportFile file = users.as("admin", () -> exports.run(customerExport.query(mine, List.of()), ExportFormat.CSV));

        String text = Files.readString(StoredPaths.of(file.content()));
        Map<String, String> exported = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(
                text.substring(1),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            for (CSVRecord row : parser.getRecords()) {
                exported.put(row.get("External ref"), row.get("Name"));
            }
        }
        assertThat(exported).hasSize(5);
        names.forEach((ref, name) -> {
            String expected = name.startsWith("Plain") ? name : "'" + name;
            assertThat(exported.get(ref)).as("%s stored as [%s]", ref, name).isEqualTo(expected);
        });
    }

    @Test
    void the_same_names_in_an_excel_export_are_text_cells_holding_exactly_the_stored_value_and_no_cell_is_a_formula()
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> names = storedNames(marker);
        CustomerFilter mine = new CustomerFilter(marker, null, null, null, null, null, null, null);

        ExportFile file =
                users.as("admin", () -> exports.run(customerExport.query(mine, List.of()), ExportFormat.XLSX));

        Map<String, String> exported = new HashMap<>();
        List<String> formulas = new ArrayList<>();
        try (InputStream in = file.content().open();
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getAddress() + " " + cell.getCellFormula());
                    }
                }
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                    exported.put(
                            row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
        }
        assertThat(formulas).as("formula cells").isEmpty();
        assertThat(exported).containsExactlyInAnyOrderEntriesOf(names);
    }
}
