package io.portalops.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * The evidence pack's one-page summary, drawn with PDFBox: the campaign's timings, its counts, its progress per
 * reviewer and per product, and the SHA-256 of the signed CSV that holds every line. Only the standard PDF fonts are
 * used, so nothing is embedded; a character they cannot show is printed as '?', and the CSV keeps the exact text.
 * Lists longer than the page allows are cut, saying how many more the CSV holds.
 */
final class EvidenceSummaryPdf {

    record Summary(
            CampaignDetails details,
            EvidenceStore.Totals totals,
            long tableExportId,
            String tableFileName,
            String tableSha256,
            long tableRows,
            String exportedBy,
            Instant exportedAt) {}

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_LIST = 10;
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;

    private final PDPageContentStream text;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final float width;
    private float y;

    private EvidenceSummaryPdf(PDPageContentStream text, PDRectangle box) {
        this.text = text;
        this.width = box.getWidth() - 2 * MARGIN;
        this.y = box.getHeight() - MARGIN;
    }

    static byte[] write(Summary s) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            CampaignListItem c = s.details().campaign();
            var info = document.getDocumentInformation();
            info.setTitle("Access review evidence: " + c.title());
            info.setCreator("PortalOps");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            created.setTimeInMillis(s.exportedAt().toEpochMilli());
            info.setCreationDate(created);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new EvidenceSummaryPdf(stream, page.getMediaBox()).draw(s);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Summary s) throws IOException {
        CampaignListItem c = s.details().campaign();
        EvidenceStore.Totals t = s.totals();
        line(bold, 16, "Access review evidence");
        line(bold, 13, c.title());
        gap();
        line(
                regular,
                SIZE,
                "Campaign #" + c.id() + " · " + c.scope().name().toLowerCase(java.util.Locale.ROOT) + " · started by "
                        + c.createdBy());
        line(regular, SIZE, "Status: " + c.status().label() + (c.overdue() ? " (overdue)" : ""));
        line(regular, SIZE, "Started: " + WHEN.format(c.createdAt()));
        line(regular, SIZE, "Due: " + c.dueDate());
        line(regular, SIZE, "Closed: " + when(c.completedAt(), "not yet"));
        gap();
        line(bold, 11, "Decisions");
        line(
                regular,
                SIZE,
                ReviewWording.count(c.items(), "access", "accesses") + " reviewed: " + t.kept() + " kept, "
                        + t.revoked() + " revoked, " + t.undecided() + " undecided");
        line(
                regular,
                SIZE,
                t.suggested() + " suggested for revoking (left, or no use in 90 days), " + t.suggestedKept()
                        + " of them kept");
        line(regular, SIZE, "Revoke tasks: " + c.revokes() + ", of which " + c.openTasks() + " still open");
        gap();
        line(bold, 11, "Per reviewer (decided / items)");
        list(s.details().reviewers().stream()
                .map(r -> r.name() + ": " + r.decided() + " / " + r.items())
                .toList());
        gap();
        line(bold, 11, "Per product (decided / items, revoked)");
        list(s.details().products().stream()
                .map(p -> p.productLabel() + ": " + p.decided() + " / " + p.items() + ", " + p.revokes() + " revoked")
                .toList());
        gap();
        line(bold, 11, "The signed table");
        line(
                regular,
                SIZE,
                "Every line, decision and task is in export #" + s.tableExportId() + ", " + s.tableFileName() + " ("
                        + s.tableRows() + (s.tableRows() == 1 ? " row" : " rows") + "). Its SHA-256:");
        line(mono, 9, s.tableSha256());
        line(regular, SIZE, "Check it, and this page, under \"Verify export\" in PortalOps.");
        gap();
        line(regular, 8, "Exported by " + s.exportedBy() + " at " + WHEN.format(s.exportedAt()) + ".");
    }

    private void list(List<String> entries) throws IOException {
        entries.stream().limit(MAX_LIST).forEach(entry -> {
            try {
                line(regular, SIZE, "  " + entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (entries.size() > MAX_LIST) {
            line(regular, SIZE, "  … and " + (entries.size() - MAX_LIST) + " more, in the table");
        }
    }

    private void gap() {
        y -= LEADING / 2;
    }

    private void line(PDType1Font font, float size, String value) throws IOException {
        y -= Math.max(LEADING, size * 1.3f);
        if (y < MARGIN) {
            return;
        }
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(MARGIN, y);
        text.showText(fitted(font, size, value));
        text.endText();
    }

    /** The text in what the font can show, cut with an ellipsis to the page's width. */
    private String fitted(PDType1Font font, float size, String value) throws IOException {
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String one = Character.isISOControl(cp) ? " " : Character.toString(cp);
            shown.append(encodable(font, one) ? one : "?");
        });
        String line = shown.toString();
        if (font.getStringWidth(line) / 1000 * size <= width) {
            return line;
        }
        while (!line.isEmpty() && font.getStringWidth(line + "…") / 1000 * size > width) {
            line = line.substring(0, line.length() - 1);
        }
        return line + "…";
    }

    private static boolean encodable(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String when(@Nullable Instant instant, String otherwise) {
        return instant == null ? otherwise : WHEN.format(instant);
    }
}
