package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportWriterTest {

    static XSSFWorkbook write(int maxRowsPerSheet, List<?>... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExportWriter writer =
                new XlsxExportWriter(out, "Contracts", List.of("A", "B", "C", "D", "E", "F", "G"), maxRowsPerSheet)) {
            for (List<?> row : rows) {
                writer.row(row);
            }
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void cells_are_typed_dates_times_money_numbers_booleans_and_text_and_nulls_are_blank() throws Exception {
        try (XSSFWorkbook workbook = write(
                XlsxExportWriter.EXCEL_MAX_ROWS,
                Arrays.asList(
                        Money.of("1234.50", "EUR"),
                        LocalDate.of(2026, 2, 28),
                        Instant.parse("2026-12-03T14:05:06Z"),
                        42,
                        true,
                        "plain",
                        null))) {
            Row row = workbook.getSheet("Contracts").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(0).getCellStyle().getDataFormatString())
                    .contains("EUR")
                    .contains("0.00");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDate.of(2026, 2, 28).atStartOfDay());
            assertThat(row.getCell(2).getLocalDateTimeCellValue())
                    .as("times in UTC")
                    .isEqualTo(LocalDateTime.of(2026, 12, 3, 14, 5, 6));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(42);
            assertThat(row.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("plain");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_a_string_cell_never_a_formula() throws Exception {
        List<String> attacks = List.of(
                "=HYPERLINK(\"http://evil\",\"x\")",
                "+1+1",
                "-2+3",
                "@SUM(A1)",
                "\tcmd",
                "\rcmd",
                "=cmd|' /C calc'!A0");
        try (XSSFWorkbook workbook = write(XlsxExportWriter.EXCEL_MAX_ROWS, attacks)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < attacks.size(); i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(i).getStringCellValue()).isEqualTo(attacks.get(i));
            }
        }
    }

    @Test
    void past_the_row_limit_of_a_sheet_the_rows_continue_on_a_new_sheet_with_the_headers_repeated() throws Exception {
        List<?>[] rows = new List<?>[7];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = List.of("row " + i);
        }
        try (XSSFWorkbook workbook = write(3, rows)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(1)).isEqualTo("Contracts (2)");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("A");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("row 1");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("row 2");
            assertThat(workbook.getSheetAt(3).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("row 6");
            assertThat(XlsxExportWriter.EXCEL_MAX_ROWS).isEqualTo(1_048_576);
        }
    }

    @Test
    void text_longer_than_a_cell_holds_is_cut_with_an_ellipsis_instead_of_failing_the_export() throws Exception {
        try (XSSFWorkbook workbook = write(XlsxExportWriter.EXCEL_MAX_ROWS, List.of("x".repeat(40_000)))) {
            String value = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(value).hasSize(32_767).endsWith("…");
        }
    }

    @Test
    void money_in_csv_keeps_its_currency_and_plain_amount() {
        String csv = CsvExportWriterTest.csv(List.of("Value"), List.of(new Money(new BigDecimal("1234.50"), "USD")));
        assertThat(csv).contains("1234.50 USD");
    }
}
