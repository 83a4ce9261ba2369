package io.portalops.directory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks of import rows that need more than the row: the same field rules as the form (Bean Validation and
 * {@link PersonRules}), duplicates inside the file and against the directory, and the manager, who must be in the
 * directory or on an earlier line that is itself valid.
 */
@Component
class PeopleImportChecks {

    private static final int CHUNK = 1000;
    private static final Map<String, String> COLUMNS = Map.of(
            "employeeNumber",
            "employee_number",
            "name",
            "name",
            "email",
            "email",
            "department",
            "department",
            "title",
            "title",
            "location",
            "location",
            "status",
            "status",
            "startDate",
            "start_date",
            "endDate",
            "end_date");

    private final PersonRepository people;
    private final Validator validator;

    PeopleImportChecks(PersonRepository people, Validator validator) {
        this.people = people;
        this.validator = validator;
    }

    void check(List<PeopleCsv.Draft> rows) {
        for (PeopleCsv.Draft row : rows) {
            boolean parsed = row.errors.isEmpty();
            for (ConstraintViolation<PersonForm> violation : validator.validate(row.form)) {
                String field = violation.getPropertyPath().toString();
                if (parsed || !field.equals("status")) {
                    row.errors.add(column(field) + ": " + violation.getMessage());
                }
            }
            if (parsed) {
                // the cross-field rules would only repeat a date or status that did not parse
                PersonRules.check(row.form).forEach((field, message) -> row.errors.add(column(field) + ": " + message));
            }
        }
        duplicates(rows);
        managers(rows);
    }

    private void duplicates(List<PeopleCsv.Draft> rows) {
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        rows.forEach(r -> {
            numbers.add(r.value("employee_number"));
            emails.add(lower(r.value("email")));
        });
        Set<String> takenNumbers = new HashSet<>(chunked(numbers, people::existingEmployeeNumbers));
        Set<String> takenEmails = new HashSet<>(chunked(emails, people::existingEmails));
        Map<String, Integer> numberLines = new HashMap<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (PeopleCsv.Draft row : rows) {
            String number = row.value("employee_number");
            String email = lower(row.value("email"));
            if (!number.isEmpty()) {
                Integer first = numberLines.putIfAbsent(number, row.line);
                if (first != null) {
                    row.errors.add("employee_number: " + number + " is on line " + first + " already.");
                } else if (takenNumbers.contains(number)) {
                    row.errors.add("employee_number: a person with " + number + " is in the directory already.");
                }
            }
            if (!email.isEmpty()) {
                Integer first = emailLines.putIfAbsent(email, row.line);
                if (first != null) {
                    row.errors.add("email: " + row.value("email") + " is on line " + first + " already.");
                } else if (takenEmails.contains(email)) {
                    row.errors.add("email: a person with " + row.value("email") + " is in the directory already.");
                }
            }
        }
    }

    /** Rows are visited in file order, so whether an earlier line is valid is settled when a later one names it. */
    private void managers(List<PeopleCsv.Draft> rows) {
        Map<String, PeopleCsv.Draft> byKey = new HashMap<>();
        for (PeopleCsv.Draft row : rows) {
            byKey.putIfAbsent(lower(row.value("email")), row);
            byKey.putIfAbsent("#" + row.value("employee_number"), row);
        }
        Map<String, Long> inDirectory = directoryManagers(rows);
        for (PeopleCsv.Draft row : rows) {
            String ref = managerKey(row);
            if (ref == null) {
                continue;
            }
            PeopleCsv.Draft inFile = byKey.get(ref);
            if (inFile == row) {
                row.errors.add("manager: a person cannot be their own manager.");
            } else if (inFile != null && inFile.line < row.line) {
                if (inFile.errors.isEmpty()) {
                    row.managerLine = inFile.line;
                } else {
                    row.errors.add("manager: " + row.manager() + " is on line " + inFile.line + ", which has errors.");
                }
            } else if (inDirectory.containsKey(ref)) {
                row.managerPersonId = inDirectory.get(ref);
            } else if (inFile != null) {
                row.errors.add("manager: " + row.manager() + " is on line " + inFile.line
                        + "; a manager must come before their reports.");
            } else {
                row.errors.add("manager: " + row.manager() + " is neither in the directory nor on an earlier line.");
            }
        }
    }

    private Map<String, Long> directoryManagers(List<PeopleCsv.Draft> rows) {
        Map<String, Long> found = new HashMap<>();
        for (PeopleCsv.Draft row : rows) {
            String ref = managerKey(row);
            if (ref == null || found.containsKey(ref)) {
                continue;
            }
            var person = ref.startsWith("#") ? people.findByEmployeeNumber(ref.substring(1)) : people.findByEmail(ref);
            person.ifPresent(p -> found.put(ref, p.getId()));
        }
        return found;
    }

    private static @Nullable String managerKey(PeopleCsv.Draft row) {
        if (!row.value("manager_email").isEmpty()) {
            return lower(row.value("manager_email"));
        }
        return row.value("manager_employee_number").isEmpty() ? null : "#" + row.value("manager_employee_number");
    }

    private static List<String> chunked(Set<String> values, Function<List<String>, List<String>> query) {
        List<String> all = new ArrayList<>(values);
        List<String> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }

    private static String column(String field) {
        return COLUMNS.getOrDefault(field, field);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
