package io.portalops.customer;

import io.portalops.audit.EntityChange;
import io.portalops.audit.PiiRevealLog;
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
import io.portalops.shared.validation.FreeText;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Customers, with row-level scope: an account manager sees and edits only the customers they own; analysts and
 * approvers read all with personal data masked; admins do everything and may reveal personal data with a reason.
 */
@Service
@Validated
public class CustomerService {

    static final String READERS = "hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')";
    static final String WRITERS = "hasAnyRole('ADMIN','ACCOUNT_MANAGER')";
    /** Who may export customers (the design's roles: analysts export, admins do everything). */
    public static final String EXPORTERS = "hasAnyRole('ADMIN','ANALYST')";

    public static final int MAX_PAGE = 500;

    private final CustomerRepository customers;
    private final CustomerQueries queries;
    private final CustomerPii pii;
    private final CustomerHistory history;
    private final CustomerOwnership ownership;
    private final CurrentUserProvider currentUser;
    private final PiiRevealLog revealLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CustomerAssembler assembler;

    CustomerService(
            CustomerRepository customers,
            CustomerQueries queries,
            CustomerPii pii,
            CustomerHistory history,
            CustomerOwnership ownership,
            CurrentUserProvider currentUser,
            PiiRevealLog revealLog,
            Clock clock,
            ApplicationEventPublisher events,
            CustomerAssembler assembler) {
        this.events = events;
        this.assembler = assembler;
        this.customers = customers;
        this.queries = queries;
        this.pii = pii;
        this.history = history;
        this.ownership = ownership;
        this.currentUser = currentUser;
        this.revealLog = revealLog;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<CustomerListItem> search(
            CustomerFilter filter, List<SortOrder<CustomerSortField>> sort, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        SliceResult<Customer> slice =
                SliceResult.fromOverfetch(queries.search(criteria(filter), sort, offset, limit), offset, limit);
        return new SliceResult<>(assembler.listItems(slice.items()), offset, limit, slice.hasNext());
    }

    /** How many customers the search would list, exact up to {@link RowCount#CAP}: never a count of the table. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RowCount count(CustomerFilter filter) {
        return queries.count(criteria(filter));
    }

    /**
     * Every customer the search would show, in its order, for an export (ADMIN and ANALYST): the same filter, scope and
     * masking as {@link #search}, streamed a chunk at a time in one read-only transaction.
     */
    @PreAuthorize(EXPORTERS)
    @Transactional(readOnly = true)
    public void exportRows(
            CustomerFilter filter, List<SortOrder<CustomerSortField>> sort, Consumer<CustomerListItem> row) {
        queries.each(
                criteria(filter), sort, 500, chunk -> assembler.listItems(chunk).forEach(row));
    }

    private CustomerQueries.Criteria criteria(CustomerFilter filter) {
        return new CustomerQueries.Criteria(
                filter,
                ownerScope(currentUser.require()),
                pii.emailIndex(filter.email()),
                pii.nationalIdIndex(filter.nationalId()));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CustomerDetails get(long id) {
        return assembler.details(visible(id), currentUser.require());
    }

    /** The id of the customer with this external reference, if the caller may see it. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long idOf(String externalRef) {
        Customer customer =
                customers.findByExternalRef(externalRef).orElseThrow(() -> new NotFoundException("Customer"));
        return visible(customer.getId()).getId();
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public CustomerDetails create(@Valid CustomerForm form) {
        CurrentUser user = currentUser.require();
        if (customers.existsByExternalRef(form.externalRef())) {
            throw new InvalidInputException("externalRef", "Another customer already has this external reference.");
        }
        Customer customer =
                new Customer(form.externalRef(), ownership.chooseOwner(form.ownerId(), user), clock.instant());
        apply(customer, form);
        return assembler.details(customers.saveAndFlush(customer), user);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public CustomerDetails update(long id, @Valid CustomerForm form) {
        CurrentUser user = currentUser.require();
        Customer customer = visible(id);
        if (!CustomerOwnership.editable(customer, user)) {
            // visible through a reading role (ANALYST, APPROVER) is not editable: the write's own role decides
            // (docs/architecture.md, Security)
            throw new RuleViolationException(
                    "You may read this customer but not change it: only its account manager "
                            + "or an administrator can.",
                    403);
        }
        if (form.version() == null) {
            throw new InvalidInputException(
                    "version", "The version you edited is required to detect concurrent changes.");
        }
        if (form.version() != customer.getVersion()) {
            throw new StaleDataException("customer");
        }
        if (customers.existsByExternalRefAndIdNot(form.externalRef(), id)) {
            throw new InvalidInputException("externalRef", "Another customer already has this external reference.");
        }
        if (form.ownerId() != null && form.ownerId() != customer.getOwnerId()) {
            if (!user.has(Role.ADMIN)) {
                throw new InvalidInputException(
                        "ownerId", "Only an administrator can hand a customer to another account manager.");
            }
            customer.changeOwner(ownership.requireAccountManager(form.ownerId()));
            events.publishEvent(new CustomerOwnerChanged(id, customer.getOwnerId()));
        }
        apply(customer, form);
        try {
            return assembler.details(customers.saveAndFlush(customer), user);
        } catch (OptimisticLockingFailureException e) {
            // another transaction committed between our version check and our flush
            throw new StaleDataException("customer");
        }
    }

    /** The reveal log's reason column holds 500 characters. */
    public static final int MAX_REVEAL_REASON = 500;

    /** Shows one masked value in clear to an ADMIN who gives a reason; the reveal is recorded. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public @Nullable String reveal(long id, PiiField field, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            throw new InvalidInputException("reason", "Give a reason of at least 10 characters; it is recorded.");
        }
        if (reason.strip().length() > MAX_REVEAL_REASON) {
            throw new InvalidInputException("reason", "Give a reason of at most " + MAX_REVEAL_REASON + " characters.");
        }
        FreeText.required("reason", reason, MAX_REVEAL_REASON, "Give a reason; it is recorded.");
        CurrentUser user = currentUser.require();
        Customer customer = visible(id);
        revealLog.record(
                user.accountId(), user.username(), "customer", Long.toString(id), field.name(), reason.strip());
        return field == PiiField.EMAIL ? pii.email(customer) : pii.nationalId(customer);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<EntityChange> history(long id) {
        visible(id);
        return history.of(id);
    }

    /**
     * Customers for a picker, by name in name order, within the caller's scope. The name matches as in
     * {@link CustomerFilter#nameContains()}; no personal data is decrypted, unlike {@link #search}.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CustomerOption> options(@Nullable String nameContains, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        CustomerFilter filter = new CustomerFilter(nameContains, null, null, null, null, null, null, null);
        List<Customer> rows = queries.search(
                new CustomerQueries.Criteria(filter, ownerScope(currentUser.require()), null, null),
                List.of(new SortOrder<>(CustomerSortField.NAME, true)),
                offset,
                limit);
        return rows.stream().limit(limit).map(CustomerAssembler::option).toList();
    }

    /** One customer as a picker option, if the caller may see it. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<CustomerOption> option(long id) {
        return findVisible(id).map(CustomerAssembler::option);
    }

    /** Account managers who may own customers, for filters and the owner field. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AccountSummary> owners() {
        return ownership.owners();
    }

    private void apply(Customer customer, CustomerForm form) {
        customer.update(
                form.externalRef(),
                form.name(),
                form.kind(),
                form.phone(),
                form.address(),
                form.country(),
                form.segment(),
                form.status(),
                clock.instant());
        if (form.nationalId() != null) {
            pii.setNationalId(customer, form.nationalId().isEmpty() ? null : form.nationalId());
        }
        if (form.email() != null) {
            pii.setEmail(customer, form.email().isEmpty() ? null : form.email());
        }
    }

    /** Finds a customer the caller may see; anything else is "not found", so that existence does not leak. */
    private Customer visible(long id) {
        return findVisible(id).orElseThrow(() -> new NotFoundException("Customer"));
    }

    private Optional<Customer> findVisible(long id) {
        Long owner = ownerScope(currentUser.require());
        return customers.findById(id).filter(c -> owner == null || c.getOwnerId() == owner);
    }

    /** Null when the caller sees all customers; otherwise the only owner whose customers they see. */
    private static @Nullable Long ownerScope(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.ANALYST, Role.APPROVER) ? null : user.accountId();
    }
}
