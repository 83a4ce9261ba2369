package io.portalops.directory;

import io.portalops.bulk.AbstractBulkGrid;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkField;
import io.portalops.export.ExportParameters;
import io.portalops.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Directory grid's bulk actions (ADR 036): set the department, set the employment status. Each row is read and
 * saved through {@link PersonService#get} and {@link PersonService#update}, the single edit's own methods, so the same
 * role check (ADMIN), the same version check and the same rules across fields apply (a person leaving needs an end
 * date): a row that breaks one is refused with the single edit's message and the others are still done.
 */
@Component
class PersonBulk extends AbstractBulkGrid {

    static final Set<String> FILTERS = Set.of("name", "department", "status", "productId");

    /** Who may edit a person one by one ({@link PersonService#WRITERS}); a bulk run never widens it. */
    private static final Set<String> EDITORS = Set.of("ADMIN");

    private final PersonService people;

    PersonBulk(PersonService people) {
        super("people", FILTERS);
        this.people = people;
    }

    @Override
    public List<Long> matching(Map<String, String> filter, int limit) {
        ExportParameters p = new ExportParameters(filter, FILTERS);
        return people.matchingIds(
                new PersonFilter(
                        p.text("name"),
                        p.text("department"),
                        p.enumValue("status", EmploymentStatus.class),
                        p.id("productId")),
                limit);
    }

    @Override
    public List<BulkAction> actions() {
        return List.of(
                new BulkAction(
                        "set_department",
                        "Set department",
                        EDITORS,
                        List.of(BulkField.text("department", "Department", true, 100)),
                        fields -> {
                            String department = fields.require("department");
                            if (department.chars().anyMatch(Character::isISOControl)) {
                                throw new InvalidInputException("department", "A department is one line of text.");
                            }
                            return id -> {
                                PersonForm form = people.get(id).form();
                                people.update(id, withDepartment(form, department));
                            };
                        }),
                new BulkAction(
                        "set_status",
                        "Set status",
                        EDITORS,
                        List.of(BulkField.choice(
                                "status",
                                "Status",
                                Arrays.stream(EmploymentStatus.values())
                                        .map(Enum::name)
                                        .toList())),
                        fields -> {
                            EmploymentStatus status = EmploymentStatus.valueOf(fields.require("status"));
                            return id -> {
                                PersonForm form = people.get(id).form();
                                people.update(id, withStatus(form, status));
                            };
                        }));
    }

    private static PersonForm withDepartment(PersonForm f, String department) {
        return new PersonForm(
                f.employeeNumber(),
                f.name(),
                f.email(),
                department,
                f.title(),
                f.managerId(),
                f.location(),
                f.status(),
                f.startDate(),
                f.endDate(),
                f.accountId(),
                f.version());
    }

    private static PersonForm withStatus(PersonForm f, EmploymentStatus status) {
        return new PersonForm(
                f.employeeNumber(),
                f.name(),
                f.email(),
                f.department(),
                f.title(),
                f.managerId(),
                f.location(),
                status,
                f.startDate(),
                f.endDate(),
                f.accountId(),
                f.version());
    }
}
