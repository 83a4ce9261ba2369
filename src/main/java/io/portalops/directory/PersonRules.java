package io.portalops.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules across a person's fields, written once for the form, the API and the CSV import: a person pending start
 * has a start date, one leaving or gone has an end date, and the end is not before the start.
 */
final class PersonRules {

    private PersonRules() {}

    /** Field name to message for each rule the form breaks; empty when it keeps them all. */
    static Map<String, String> check(PersonForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.status() == EmploymentStatus.PENDING_START && form.startDate() == null) {
            errors.put("startDate", "A person pending start needs a start date.");
        }
        if ((form.status() == EmploymentStatus.LEAVING || form.status() == EmploymentStatus.LEFT)
                && form.endDate() == null) {
            errors.put("endDate", "A person who is leaving or has left needs an end date.");
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.put("endDate", "The end date must not be before the start date.");
        }
        return errors;
    }
}
