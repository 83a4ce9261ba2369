package io.portalops.directory;

import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of people, for an ADMIN: a preview with each row's errors, then the import. "All or nothing" writes
 * nothing if any row fails; "valid rows only" writes the rows that pass. The file is checked again on import (the
 * directory may have changed since the preview), and every import is recorded whatever its outcome, with an Envers
 * revision for the people written and a {@link PeopleImported} event.
 */
@Service
public class PeopleImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    static final String ADMIN = "hasRole('ADMIN')";

    private final PeopleImportChecks checks;
    private final PersonRepository people;
    private final PersonImportRepository imports;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleImport(
            PeopleImportChecks checks,
            PersonRepository people,
            PersonImportRepository imports,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.people = people;
        this.imports = imports;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The uploaded file as the UI keeps it (a temp file): its size is checked before a byte of it is read. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, Path file) {
        return preview(fileName, read(file));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ImportResult commit(String fileName, Path file, ImportMode mode) {
        return commit(fileName, read(file), mode);
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content) {
        PeopleCsv.Parsed parsed = check(content);
        return new ImportPreview(
                cleanName(fileName),
                parsed.fileErrors(),
                parsed.rows().stream().map(PeopleCsv.Draft::toRow).toList());
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ImportResult commit(String fileName, byte[] content, ImportMode mode) {
        CurrentUser user = currentUser.require();
        PeopleCsv.Parsed parsed = check(content);
        List<PeopleCsv.Draft> valid = parsed.fileErrors().isEmpty()
                ? parsed.rows().stream().filter(d -> d.errors.isEmpty()).toList()
                : List.of();
        int rows = parsed.rows().size();
        boolean write = !valid.isEmpty() && (mode == ImportMode.VALID_ROWS_ONLY || valid.size() == rows);
        List<PersonChanged> changed = write ? write(valid, user.accountId()) : List.of();
        ImportOutcome outcome = !write
                ? ImportOutcome.REFUSED
                : changed.size() == rows ? ImportOutcome.IMPORTED : ImportOutcome.PARTLY_IMPORTED;
        PersonImport record = imports.saveAndFlush(new PersonImport(
                clock.instant(),
                user.accountId(),
                user.username(),
                cleanName(fileName),
                rows,
                changed.size(),
                rows - changed.size(),
                mode,
                outcome));
        changed.forEach(events::publishEvent);
        events.publishEvent(new PeopleImported(
                record.getId(),
                cleanName(fileName),
                rows,
                changed.size(),
                rows - changed.size(),
                mode,
                outcome,
                user.accountId()));
        List<ImportRow> rejected = parsed.rows().stream()
                .filter(d -> !d.errors.isEmpty())
                .map(PeopleCsv.Draft::toRow)
                .toList();
        return new ImportResult(
                record.getId(),
                outcome,
                mode,
                rows,
                changed.size(),
                rows - changed.size(),
                parsed.fileErrors(),
                rejected);
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<PersonImportItem> recent(int limit) {
        return imports.findAllByOrderByImportedAtDescIdDesc(Limit.of(Math.clamp(limit, 1, 500))).stream()
                .map(PersonImport::toItem)
                .toList();
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException(
                "file", "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Split it into smaller files.");
    }

    private PeopleCsv.Parsed check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        PeopleCsv.Parsed parsed = PeopleCsv.parse(content, MAX_ROWS);
        if (parsed.fileErrors().isEmpty()) {
            checks.check(parsed.rows());
        }
        return parsed;
    }

    /** Writes the rows in file order, so that a manager given on an earlier line exists when their reports are written. */
    private List<PersonChanged> write(List<PeopleCsv.Draft> rows, long by) {
        Map<Integer, Long> idsByLine = new HashMap<>();
        List<PersonChanged> changed = new ArrayList<>();
        try {
            for (PeopleCsv.Draft row : rows) {
                Long managerId = row.managerPersonId != null
                        ? row.managerPersonId
                        : row.managerLine == null ? null : idsByLine.get(row.managerLine);
                PersonForm f = row.form;
                PersonForm form = new PersonForm(
                        f.employeeNumber(),
                        f.name(),
                        f.email(),
                        f.department(),
                        f.title(),
                        managerId,
                        f.location(),
                        f.status(),
                        f.startDate(),
                        f.endDate(),
                        null,
                        null);
                Person person = new Person(clock.instant());
                person.apply(form, clock.instant());
                Person saved = people.save(person);
                idsByLine.put(row.line, saved.getId());
                changed.add(new PersonChanged(
                        saved.getId(), null, saved.getStatus(), saved.getStartDate(), saved.getEndDate(), by));
            }
            people.flush();
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException(
                    "Someone added people with the same email or employee number while the file was "
                            + "imported. Nothing was written; preview the file again.",
                    409);
        }
        return changed;
    }

    /** person_import.file_name. */
    private static final int MAX_FILE_NAME = 255;

    private static String cleanName(String fileName) {
        // control characters (a NUL cannot be stored) are dropped: the name is only shown, never used to open a file
        String name = fileName == null
                ? ""
                : fileName.replaceAll(".*[/\\\\]", "")
                        .replaceAll("\\p{Cntrl}", "")
                        .strip();
        name = name.isEmpty() ? "upload.csv" : name;
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }
}
