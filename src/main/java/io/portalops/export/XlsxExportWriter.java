package io.portalops.export;

import io.portalops.shared.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Streams rows into an XLSX workbook with POI's SXSSF: only a window of rows stays in memory, the rest goes to
 * compressed temporary files until {@link #close} assembles the file. Cells are typed: numbers and money are numeric
 * (money formatted with its currency), dates and times are date cells (times in UTC). Text is always a string cell,
 * which a spreadsheet never evaluates, so it is written unchanged. Past Excel's 1,048,576 rows a sheet continues on
 * a new one, headers repeated.
 */
final class XlsxExportWriter implements TableWriter {

    static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int WINDOW = 200;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    private final OutputStream out;
    private final String title;
    private final List<String> headers;
    private final int maxRowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private final CellStyle numberStyle;
    private final Map<String, CellStyle> moneyStyles = new HashMap<>();
    private SXSSFSheet sheet;
    private int sheets;
    private int rowInSheet;
    private long rows;

    XlsxExportWriter(OutputStream out, String title, List<String> headers) {
        this(out, title, headers, EXCEL_MAX_ROWS);
    }

    /** {@code maxRowsPerSheet} counts the header row; tests lower it to see a sheet roll over. */
    XlsxExportWriter(OutputStream out, String title, List<String> headers, int maxRowsPerSheet) {
        this.out = out;
        this.title = title;
        this.headers = List.copyOf(headers);
        this.maxRowsPerSheet = maxRowsPerSheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = style("yyyy-mm-dd");
        timeStyle = style("yyyy-mm-dd hh:mm:ss");
        numberStyle = style("General");
        sheet = newSheet();
    }

    @Override
    public void row(List<?> cells) {
        if (rowInSheet >= maxRowsPerSheet) {
            sheet = newSheet();
        }
        SXSSFRow row = sheet.createRow(rowInSheet++);
        for (int i = 0; i < cells.size(); i++) {
            cell(row.createCell(i), cells.get(i));
        }
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SXSSFSheet newSheet() {
        sheets++;
        String name = WorkbookUtil.createSafeSheetName(sheets == 1 ? title : title + " (" + sheets + ")");
        SXSSFSheet next = workbook.createSheet(name);
        Row header = next.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            next.setColumnWidth(i, Math.min(60, Math.max(14, headers.get(i).length() + 4)) * 256);
        }
        next.createFreezePane(0, 1);
        rowInSheet = 1;
        return next;
    }

    private void cell(SXSSFCell cell, @Nullable Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Money money -> {
                cell.setCellValue(money.amount().doubleValue());
                cell.setCellStyle(moneyStyles.computeIfAbsent(
                        money.currency(), currency -> style("#,##0.00 \"" + currency.replaceAll("[^A-Z]", "") + "\"")));
            }
            case BigDecimal number -> {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(numberStyle);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                cell.setCellStyle(timeStyle);
            }
            case Boolean bool -> cell.setCellValue(bool);
            default -> {
                String text = value.toString();
                // a cell holds at most 32,767 characters (Excel's limit, enforced by POI)
                cell.setCellValue(text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…");
            }
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
