package io.portalops.directory;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A person in the directory. Most have no login account; {@code accountId} links the few who do. The manager is
 * another person, kept as an id so that loading a person never walks the management chain.
 */
@Entity
@Table(name = "person")
@Audited
class Person extends AbstractEntity {

    private String employeeNumber;
    private String name;
    private String email;
    private @Nullable String department;
    private @Nullable String title;
    private @Nullable Long managerId;
    private @Nullable String location;

    @Enumerated(EnumType.STRING)
    private EmploymentStatus status;

    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable Long accountId;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Person() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    Person(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the values of a form that {@link PersonRules} has accepted. */
    void apply(PersonForm form, Instant now) {
        this.employeeNumber = form.employeeNumber().strip();
        this.name = form.name().strip();
        this.email = form.email().strip();
        this.department = PersonForm.blankToNull(form.department());
        this.title = PersonForm.blankToNull(form.title());
        this.managerId = form.managerId();
        this.location = PersonForm.blankToNull(form.location());
        this.status = form.status();
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.accountId = form.accountId();
        this.updatedAt = now;
    }

    String getEmployeeNumber() {
        return employeeNumber;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    @Nullable
    String getDepartment() {
        return department;
    }

    @Nullable
    String getTitle() {
        return title;
    }

    @Nullable
    Long getManagerId() {
        return managerId;
    }

    @Nullable
    String getLocation() {
        return location;
    }

    EmploymentStatus getStatus() {
        return status;
    }

    @Nullable
    LocalDate getStartDate() {
        return startDate;
    }

    @Nullable
    LocalDate getEndDate() {
        return endDate;
    }

    @Nullable
    Long getAccountId() {
        return accountId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
