package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportWriterTest {

    static String csv(List<String> headers, List<?>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExportWriter writer = new CsvExportWriter(out, headers)) {
            for (List<?> row : rows) {
                writer.row(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(csv.substring(1), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_quotes_commas_quotes_and_line_breaks_as_rfc_4180_says()
            throws Exception {
        String csv = csv(List.of("Name", "Note"), List.of("Acme, Inc.", "He said \"hi\"\nthen left"));
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv)
                .contains("\"Acme, Inc.\"")
                .contains("\"He said \"\"hi\"\"\nthen left\"")
                .contains("\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(1).get(0)).isEqualTo("Acme, Inc.");
        assertThat(records.get(1).get(1)).isEqualTo("He said \"hi\"\nthen left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void a_text_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String dangerous) throws Exception {
        List<CSVRecord> records = parse(csv(List.of("Value"), List.of(dangerous)));
        assertThat(records.get(1).get(0)).isEqualTo("'" + dangerous);
    }

    @Test
    void numbers_dates_and_times_are_plain_and_a_negative_number_stays_a_number() throws Exception {
        List<CSVRecord> records = parse(csv(
                List.of("Amount", "Count", "Day", "At", "Empty", "Flag"),
                Arrays.asList(
                        new BigDecimal("-1250.50"),
                        42L,
                        LocalDate.of(2026, 2, 28),
                        Instant.parse("2026-11-22T10:15:30Z"),
                        null,
                        true)));
        assertThat(records.get(1).toList())
                .containsExactly("-1250.50", "42", "2026-02-28", "2026-11-22 10:15:30", "", "yes");
    }

    @Test
    void two_hundred_thousand_rows_stream_through_without_being_kept() {
        CountingSink sink = new CountingSink();
        HashingOutputStream hashing = new HashingOutputStream(sink);
        long rows;
        long beforeLastRow = -1;
        try (CsvExportWriter writer = new CsvExportWriter(hashing, List.of("Id", "Name", "Amount"))) {
            for (int i = 0; i < 200_000; i++) {
                if (i == 199_999) {
                    beforeLastRow = sink.bytes;
                }
                writer.row(List.of(i, "Customer " + i, new BigDecimal(i).movePointLeft(2)));
            }
            rows = writer.rows();
        }
        assertThat(rows).isEqualTo(200_000);
        assertThat(sink.bytes).isEqualTo(hashing.size()).isGreaterThan(4_000_000);
        // a writer that kept the file and wrote it on close would have sent nothing yet; this one holds back at most
        // its buffer
        assertThat(sink.bytes - beforeLastRow)
                .as("bytes held back until the end")
                .isLessThan(64 * 1024);
        assertThat(hashing.sha256()).hasSize(64);
    }

    @Test
    void a_signed_export_verifies_and_one_changed_byte_does_not() {
        ExportSigner signer = new ExportSigner(new byte[32]);
        byte[] file = csv(List.of("A"), List.of("1")).getBytes(StandardCharsets.UTF_8);
        String signature = signer.sign(sha256(file));
        assertThat(signer.verify(sha256(file), signature)).isTrue();
        file[file.length - 3] ^= 1;
        assertThat(signer.verify(sha256(file), signature)).isFalse();
        assertThat(new ExportSigner(new byte[] {1, 2, 3}).verify(sha256(file), signer.sign(sha256(file))))
                .as("another key")
                .isFalse();
    }

    static String sha256(byte[] bytes) {
        HashingOutputStream hashing = new HashingOutputStream(OutputStream.nullOutputStream());
        try {
            hashing.write(bytes, 0, bytes.length);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return hashing.sha256();
    }

    /** Counts bytes and drops them. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
