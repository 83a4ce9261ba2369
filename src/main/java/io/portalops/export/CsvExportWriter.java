package io.portalops.export;

import io.portalops.shared.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Streams rows as RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads the encoding right), one row at a time:
 * nothing but the current row is held. Text is guarded against formula injection; numbers, dates and times are
 * written in plain, locale-free forms (ISO dates, times in UTC).
 */
final class CsvExportWriter implements TableWriter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CSVPrinter printer;
    private long rows;

    public CsvExportWriter(OutputStream out, List<String> headers) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(headers.stream().map(FormulaGuard::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; each cell is text, a number, a date, an instant or null (empty). */
    @Override
    public void row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            case LocalDate date -> date.toString();
            case Instant instant -> TIME.format(instant);
            case Boolean bool -> bool ? "yes" : "no";
            case Money money -> money.amount().toPlainString() + " " + money.currency();
            default -> FormulaGuard.text(value.toString());
        };
    }
}
