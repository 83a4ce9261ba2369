package io.portalops.contract;

import io.portalops.audit.EntityChange;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerService;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Money;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reading contracts in the caller's scope, and creating and editing drafts. State changes live in {@link ContractActions},
 * approval limits in {@link ApprovalLimits}, and what other modules ask in {@link ContractLookups}.
 */
@Service
@Validated
public class ContractService {

    static final String READERS = "hasAnyRole('ADMIN','ACCOUNT_MANAGER','ANALYST','APPROVER')";
    /** Who may export contracts: analysts and admins. */
    public static final String EXPORTERS = "hasAnyRole('ADMIN','ANALYST')";

    public static final int MAX_PAGE = 500;

    private final ContractRepository contracts;
    private final ContractQueries queries;
    private final ContractAccess access;
    private final ContractAssembler assembler;
    private final ApprovalPolicy policy;
    private final CustomerService customers;
    private final ContractHistory history;
    private final AccountService accounts;
    private final Clock clock;

    ContractService(
            ContractRepository contracts,
            ContractQueries queries,
            ContractAccess access,
            ContractAssembler assembler,
            ApprovalPolicy policy,
            CustomerService customers,
            ContractHistory history,
            Clock clock,
            AccountService accounts) {
        this.accounts = accounts;
        this.contracts = contracts;
        this.queries = queries;
        this.access = access;
        this.assembler = assembler;
        this.policy = policy;
        this.customers = customers;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<ContractListItem> search(
            ContractFilter filter, List<SortOrder<ContractSortField>> sort, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        CurrentUser user = access.user();
        List<Contract> rows = queries.search(ContractScope.of(user), user.accountId(), filter, sort, offset, limit);
        SliceResult<Contract> slice = SliceResult.fromOverfetch(rows, offset, limit);
        return new SliceResult<>(assembler.listItems(slice.items()), offset, limit, slice.hasNext());
    }

    /** How many contracts the search would list, exact up to {@link RowCount#CAP} (ADR 036). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RowCount count(ContractFilter filter) {
        CurrentUser user = access.user();
        return queries.count(ContractScope.of(user), user.accountId(), filter);
    }

    /** The ids of the contracts the search would list, at most {@code limit}: a bulk selection by filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Long> matchingIds(ContractFilter filter, int limit) {
        CurrentUser user = access.user();
        return queries.ids(ContractScope.of(user), user.accountId(), filter)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Every contract the search would show, in its order, for an export (ADMIN and ANALYST): the same filter and scope
     * as {@link #search}, streamed a chunk at a time in one read-only transaction.
     */
    @PreAuthorize(EXPORTERS)
    @Transactional(readOnly = true)
    public void exportRows(
            ContractFilter filter, List<SortOrder<ContractSortField>> sort, Consumer<ContractListItem> row) {
        CurrentUser user = access.user();
        queries.each(
                ContractScope.of(user),
                user.accountId(),
                filter,
                sort,
                500,
                chunk -> assembler.listItems(chunk).forEach(row));
    }

    /** Contracts waiting for the caller's decision, for the navigation badge. */
    @PreAuthorize("hasRole('APPROVER')")
    @Transactional(readOnly = true)
    public long awaitingMyDecision() {
        return queries.countAwaiting(access.user().accountId());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ContractDetails get(long id) {
        return assembler.details(access.visible(id), access.user());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ContractDetails getByNumber(String number) {
        return assembler.details(access.visibleByNumber(number), access.user());
    }

    /** Who changed which field of the contract from what to what, newest first; 404 outside the caller's scope. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<EntityChange> history(long id) {
        access.visible(id);
        return history.of(id);
    }

    /** A customer's contracts, for the customer detail screen; scope of both customer and contracts applies. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ContractListItem> ofCustomer(long customerId) {
        customers.get(customerId);
        return assembler.listItems(contracts.findByCustomerIdOrderByStartDateDesc(customerId).stream()
                .filter(access::permits)
                .toList());
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails create(@Valid ContractForm form) {
        CurrentUser user = access.user();
        CustomerDetails customer = customers.get(form.customerId());
        if (!customer.editable()) {
            throw new NotFoundException("Customer");
        }
        Money value = validated(form);
        String number = String.format("CT-%d-%06d", Year.now(clock).getValue(), contracts.nextNumber());
        Contract contract = new Contract(number, customer.id(), customer.ownerId(), clock.instant());
        contract.edit(
                form.title(),
                form.type(),
                value,
                form.startDate(),
                form.endDate(),
                form.autoRenew(),
                form.noticePeriodDays(),
                clock.instant());
        return assembler.details(contracts.saveAndFlush(contract), user);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ACCOUNT_MANAGER')")
    @Transactional
    public ContractDetails update(long id, @Valid ContractForm form) {
        CurrentUser user = access.user();
        Contract contract = access.visibleForUpdate(id);
        if (!access.isOwnerOrAdmin(contract, user)) {
            throw new NotFoundException("Contract");
        }
        if (contract.getStatus() != ContractStatus.DRAFT) {
            throw new InvalidInputException(
                    "status",
                    "Only drafts can be edited; this contract is "
                            + contract.getStatus().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (form.version() == null || form.version() != contract.getVersion()) {
            throw new StaleDataException("contract");
        }
        if (form.customerId() != contract.getCustomerId()) {
            throw new InvalidInputException("customerId", "A contract cannot move to another customer.");
        }
        contract.edit(
                form.title(),
                form.type(),
                validated(form),
                form.startDate(),
                form.endDate(),
                form.autoRenew(),
                form.noticePeriodDays(),
                clock.instant());
        try {
            return assembler.details(contracts.saveAndFlush(contract), user);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("contract");
        }
    }

    /** Accounts that may be @mentioned on a contract the caller may see: only those who may open it themselves. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AccountSummary> mentionable(long contractId, String prefix, int limit) {
        Contract contract = access.visible(contractId);
        return accounts.suggest(prefix, limit, (id, roles) -> access.mayOpen(contract, id, roles));
    }

    public ApprovalPolicy policy() {
        return policy;
    }

    private Money validated(ContractForm form) {
        if (form.endDate().isBefore(form.startDate())) {
            throw new InvalidInputException("endDate", "The end date must not be before the start date.");
        }
        if (!policy.accepts(form.currency())) {
            throw new InvalidInputException("currency", "Use one of " + String.join(", ", policy.currencies()) + ".");
        }
        return new Money(form.valueAmount(), form.currency());
    }
}
