package io.portalops.directory;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an identity provider's sign-in export as last use per person and product (ADR 040). All or nothing: a file
 * that cannot be read, a mapping that does not fit it, or any row without a user, an application or a readable time
 * stores nothing and lists the errors. A sign-in of an unknown user or application is skipped and counted.
 */
@Service
public class SignInImport {

    public static final int MAX_BYTES = PeopleImport.MAX_BYTES;
    public static final int MAX_ROWS = 50_000;
    /** Row errors listed back; the rest are counted, as one bad column makes every row bad. */
    static final int MAX_ERRORS = 20;

    private final UsageRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;

    SignInImport(UsageRecorder recorder, AuditLog audit, Clock clock) {
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(PeopleImport.ADMIN)
    @Transactional(readOnly = true)
    public SignInPreview preview(String fileName, byte[] content) {
        SignInCsv.Parsed parsed = parse(content);
        return new SignInPreview(
                cleanName(fileName),
                parsed.fileErrors(),
                parsed.headers(),
                SignInCsv.guess(parsed.headers()),
                parsed.rows().stream().limit(5).map(SignInCsv.Line::cells).toList(),
                parsed.rows().size());
    }

    @PreAuthorize(PeopleImport.ADMIN)
    @Transactional
    public SignInImportResult commit(String fileName, byte[] content, SignInMapping mapping) {
        mapping.requireComplete();
        String name = cleanName(fileName);
        SignInCsv.Parsed parsed = parse(content);
        if (!parsed.fileErrors().isEmpty()) {
            return new SignInImportResult(name, false, 0, 0, 0, parsed.fileErrors());
        }
        List<String> errors = new ArrayList<>();
        int user = parsed.headers().indexOf(mapping.userColumn());
        int app = parsed.headers().indexOf(mapping.applicationColumn());
        int time = parsed.headers().indexOf(mapping.timeColumn());
        for (var entry : Map.of("user", user, "application", app, "time", time).entrySet()) {
            if (entry.getValue() < 0) {
                errors.add("The " + entry.getKey() + " column is not in the file's first row.");
            }
        }
        if (!errors.isEmpty()) {
            return new SignInImportResult(
                    name,
                    false,
                    parsed.rows().size(),
                    0,
                    0,
                    errors.stream().sorted().toList());
        }
        Instant latest = clock.instant().plusSeconds(86_400);
        List<UsageRecorder.RefUse> uses = new ArrayList<>();
        int bad = 0;
        for (SignInCsv.Line line : parsed.rows()) {
            String problem = null;
            String who = cell(line, user);
            String what = cell(line, app);
            Instant at = SignInCsv.time(cell(line, time));
            if (who.isEmpty() || what.isEmpty()) {
                problem = "the user and the application are required";
            } else if (who.length() > 254 || what.length() > 200) {
                problem = "the user or the application is too long";
            } else if (at == null) {
                problem = "'" + abbreviate(cell(line, time)) + "' is not a time, e.g. 2026-11-22T10:15:30Z";
            } else if (at.isAfter(latest)) {
                problem = "the time " + at + " lies in the future";
            }
            if (problem != null) {
                if (++bad <= MAX_ERRORS) {
                    errors.add("Line " + line.number() + ": " + problem + ".");
                }
            } else {
                uses.add(new UsageRecorder.RefUse(who, what, java.util.Objects.requireNonNull(at), "sign-in import"));
            }
        }
        if (bad > 0) {
            if (bad > MAX_ERRORS) {
                errors.add("… and " + (bad - MAX_ERRORS) + " more bad rows.");
            }
            return new SignInImportResult(name, false, parsed.rows().size(), 0, 0, errors);
        }
        UsageRecorder.Outcome outcome = recorder.record(uses);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", name);
        details.put("rows", parsed.rows().size());
        details.put("recorded", outcome.recorded());
        details.put("unmatched", outcome.unmatched());
        audit.record(AuditEntry.of("usage.signins_imported", "product_use", null, details));
        return new SignInImportResult(
                name, true, parsed.rows().size(), outcome.recorded(), outcome.unmatched(), List.of());
    }

    private static SignInCsv.Parsed parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(
                    "file",
                    "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Split it into smaller files.");
        }
        return SignInCsv.parse(content, MAX_ROWS);
    }

    private static String cell(SignInCsv.Line line, int index) {
        return index < line.cells().size() ? line.cells().get(index).strip() : "";
    }

    private static String abbreviate(String value) {
        String plain = value.replaceAll("\\p{Cntrl}", "");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll(".*[/\\\\]", "")
                        .replaceAll("\\p{Cntrl}", "")
                        .strip();
        name = name.isEmpty() ? "sign-ins.csv" : name;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
