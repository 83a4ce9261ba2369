package io.portalops.directory;

import io.portalops.audit.EntityChange;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScopes;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * People in the directory. The SaaS admins read them all, since they pick people to grant access to; only an ADMIN
 * creates and edits them. Filtering by a product held is limited to the products the caller sees.
 */
@Service
@Validated
public class PersonService {

    static final String READERS = SaasCatalog.SAAS_ROLES;
    static final String WRITERS = "hasRole('ADMIN')";
    public static final int MAX_PAGE = 500;

    private final PersonRepository people;
    private final PersonQueries queries;
    private final DirectoryHistory history;
    private final SaasScopes scopes;
    private final AccountService accounts;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(
            PersonRepository people,
            PersonQueries queries,
            DirectoryHistory history,
            SaasScopes scopes,
            AccountService accounts,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.queries = queries;
        this.history = history;
        this.scopes = scopes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<PersonListItem> search(
            PersonFilter filter, List<SortOrder<PersonSortField>> sort, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        if (filter.productId() != null && !scopes.current().seesProduct(filter.productId())) {
            throw new NotFoundException("Product");
        }
        return SliceResult.fromOverfetch(queries.search(filter, sort, offset, limit), offset, limit)
                .map(PersonService::toListItem);
    }

    /** How many people the search would list, exact up to {@link RowCount#CAP} (ADR 036). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RowCount count(PersonFilter filter) {
        if (filter.productId() != null && !scopes.current().seesProduct(filter.productId())) {
            throw new NotFoundException("Product");
        }
        return queries.count(filter);
    }

    /** The ids the search would list, at most {@code limit}: a bulk run's "all matching the filter" (ADR 036). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Long> matchingIds(PersonFilter filter, int limit) {
        if (filter.productId() != null && !scopes.current().seesProduct(filter.productId())) {
            throw new NotFoundException("Product");
        }
        return queries.ids(filter).setMaxResults(limit).getResultList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public PersonDetails get(long id) {
        return toDetails(find(id));
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public PersonDetails create(@Valid PersonForm form) {
        check(form, null);
        Person person = new Person(clock.instant());
        person.apply(form, clock.instant());
        Person saved = save(person);
        events.publishEvent(new PersonChanged(
                saved.getId(),
                null,
                saved.getStatus(),
                saved.getStartDate(),
                saved.getEndDate(),
                currentUser.require().accountId()));
        return toDetails(saved);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public PersonDetails update(long id, @Valid PersonForm form) {
        Person person = find(id);
        if (form.version() == null) {
            throw new InvalidInputException(
                    "version", "The version you edited is required to detect concurrent changes.");
        }
        if (form.version() != person.getVersion()) {
            throw new StaleDataException("person");
        }
        check(form, id);
        EmploymentStatus previous = person.getStatus();
        person.apply(form, clock.instant());
        Person saved = save(person);
        events.publishEvent(new PersonChanged(
                id,
                previous,
                saved.getStatus(),
                saved.getStartDate(),
                saved.getEndDate(),
                currentUser.require().accountId()));
        return toDetails(saved);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<EntityChange> history(long id) {
        find(id);
        return history.ofPerson(id);
    }

    /** The departments in use, for the filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> departments() {
        return people.departments();
    }

    /** Login accounts an ADMIN may link to a person: enabled ones not linked to someone else. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<AccountSummary> linkableAccounts(@Nullable Long personId) {
        return accounts.list().stream()
                .filter(a -> a.enabled())
                .filter(a -> personId == null
                        ? !people.existsByAccountId(a.id())
                        : !people.existsByAccountIdAndIdNot(a.id(), personId))
                .map(a -> new AccountSummary(a.id(), a.username(), a.displayName()))
                .toList();
    }

    private Person find(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
    }

    private Person save(Person person) {
        try {
            return people.saveAndFlush(person);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("person");
        } catch (DataIntegrityViolationException e) {
            // a concurrent save took the email, employee number or account between our check and our flush
            throw new RuleViolationException(
                    "Someone else just saved a person with this email, employee number or login "
                            + "account. Reload and check.",
                    409);
        }
    }

    /** The rules the form and the API share with the CSV import (see {@link PersonRules}), plus those needing the database. */
    private void check(PersonForm form, @Nullable Long self) {
        Map<String, String> errors = PersonRules.check(form);
        if (!errors.isEmpty()) {
            var first = errors.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        if (self == null
                ? people.existsByEmployeeNumber(form.employeeNumber())
                : people.existsByEmployeeNumberAndIdNot(form.employeeNumber(), self)) {
            throw new InvalidInputException("employeeNumber", "Another person has this employee number.");
        }
        if (self == null ? people.existsByEmail(form.email()) : people.existsByEmailAndIdNot(form.email(), self)) {
            throw new InvalidInputException("email", "Another person has this email.");
        }
        if (form.managerId() != null) {
            checkManager(form.managerId(), self);
        }
        if (form.accountId() != null) {
            if (accounts.summaries(Set.of(form.accountId())).isEmpty()) {
                throw new InvalidInputException("accountId", "No such login account.");
            }
            if (self == null
                    ? people.existsByAccountId(form.accountId())
                    : people.existsByAccountIdAndIdNot(form.accountId(), self)) {
                throw new InvalidInputException("accountId", "This login account belongs to another person.");
            }
        }
    }

    /** The manager exists, and the chain above them never reaches the person (no one manages themselves). */
    private void checkManager(long managerId, @Nullable Long self) {
        Set<Long> seen = new HashSet<>();
        Long current = managerId;
        while (current != null && seen.add(current)) {
            if (current.equals(self)) {
                throw new InvalidInputException(
                        "managerId", "A person cannot be managed by themselves or by someone they manage.");
            }
            Long at = current;
            current = people.findById(at)
                    .orElseThrow(() -> at == managerId
                            ? new InvalidInputException("managerId", "No such person to be the manager.")
                            : new NotFoundException("Person"))
                    .getManagerId();
        }
    }

    static PersonListItem toListItem(Person p) {
        return new PersonListItem(
                p.getId(),
                p.getEmployeeNumber(),
                p.getName(),
                p.getEmail(),
                p.getDepartment(),
                p.getTitle(),
                p.getLocation(),
                p.getStatus(),
                p.getStartDate(),
                p.getEndDate(),
                p.getAccountId() != null);
    }

    private PersonDetails toDetails(Person p) {
        String managerName = p.getManagerId() == null
                ? null
                : people.findById(p.getManagerId()).map(Person::getName).orElse(null);
        String username = p.getAccountId() == null
                ? null
                : accounts.summaries(Set.of(p.getAccountId())).values().stream()
                        .map(AccountSummary::username)
                        .findFirst()
                        .orElse(null);
        CurrentUser user = currentUser.require();
        return new PersonDetails(
                p.getId(),
                p.getEmployeeNumber(),
                p.getName(),
                p.getEmail(),
                p.getDepartment(),
                p.getTitle(),
                p.getManagerId(),
                managerName,
                p.getLocation(),
                p.getStatus(),
                p.getStartDate(),
                p.getEndDate(),
                p.getAccountId(),
                username,
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getVersion(),
                user.has(Role.ADMIN));
    }
}
