package io.portalops.payment;

import io.portalops.audit.EntityChange;
import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The billing records, one per product, within the caller's SaaS scope: ADMIN all; a service admin their services'
 * products (read and write, card data in clear); a product admin reads their products' records, card holder and
 * expiry masked. A record outside the scope is "not found".
 * The list is {@link PaymentSearch}'s.
 */
@Service
@Validated
public class PaymentRegister {

    /** Renewals whose cancellation deadline and cards whose expiry fall within this many days need attention. */
    public static final int ATTENTION_DAYS = 30;
    /**
     * A monthly renewal's deadline is always less than a month away, so 30 days would mark every monthly row; for them
     * the window is a week.
     */
    public static final int MONTHLY_ATTENTION_DAYS = 7;

    public static final int MAX_PAGE = 500;
    static final String READERS = "hasAnyRole('ADMIN','SERVICE_ADMIN','PRODUCT_ADMIN')";
    static final String WRITERS = "hasAnyRole('ADMIN','SERVICE_ADMIN')";

    private final BillingRecordRepository records;
    private final PaymentSearch search;
    private final BillingAccess access;
    private final BillingViews views;
    private final CardData cards;
    private final BillingHistory history;
    private final InvoiceFiles invoices;
    private final SaasCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRegister(
            BillingRecordRepository records,
            PaymentSearch search,
            BillingAccess access,
            BillingViews views,
            CardData cards,
            BillingHistory history,
            InvoiceFiles invoices,
            SaasCatalog catalog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.search = search;
        this.access = access;
        this.views = views;
        this.cards = cards;
        this.history = history;
        this.invoices = invoices;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<PaymentListItem> search(
            PaymentFilter filter, List<SortOrder<PaymentSortField>> sort, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        List<PaymentListItem> items = search.find(filter, sort, access.scope(), LocalDate.now(clock));
        List<PaymentListItem> page =
                items.subList(Math.min(offset, items.size()), Math.min(offset + limit + 1, items.size()));
        return SliceResult.fromOverfetch(page, offset, limit);
    }

    /** How many records the search would list: exact, as the register is as small as the product catalogue. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RowCount count(PaymentFilter filter) {
        return RowCount.exact(search.find(filter, List.of(), access.scope(), LocalDate.now(clock))
                .size());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public BillingDetails get(long id) {
        SaasScope scope = access.scope();
        return details(access.readable(id, scope), scope);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public BillingDetails create(@Valid BillingForm form) {
        SaasScope scope = access.scope();
        long productId = form.productId();
        if (!scope.readsPayment(productId) || catalog.refs(Set.of(productId)).isEmpty()) {
            throw new NotFoundException("Product");
        }
        BillingAccess.requireWrite(scope, productId);
        BillingRules.check(form);
        if (records.existsByProductId(productId)) {
            throw new InvalidInputException("productId", "This product has a billing record already; edit that one.");
        }
        BillingRecord record = new BillingRecord(productId, clock.instant());
        record.edit(form, clock.instant());
        cards.apply(record, form);
        try {
            record = records.saveAndFlush(record);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("productId", "This product has a billing record already; edit that one.");
        }
        events.publishEvent(new BillingRecordChanged(
                record.getId(),
                productId,
                BillingRecordChanged.Kind.CREATED,
                access.user().accountId()));
        return details(record, scope);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public BillingDetails update(long id, @Valid BillingForm form) {
        SaasScope scope = access.scope();
        BillingRecord record = access.writable(id, scope);
        if (form.productId() != record.getProductId()) {
            throw new InvalidInputException("productId", "A billing record stays with its product.");
        }
        checkVersion(record, form.version());
        BillingRules.check(form);
        record.edit(form, clock.instant());
        cards.apply(record, form);
        try {
            record = records.saveAndFlush(record);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("billing record");
        }
        events.publishEvent(new BillingRecordChanged(
                id,
                record.getProductId(),
                BillingRecordChanged.Kind.UPDATED,
                access.user().accountId()));
        return details(record, scope);
    }

    /**
     * Marks the record's current terms reviewed by the caller (issue #22): an admin of its service, like any change. A
     * record already reviewed is refused, naming who did it and when; editing its terms clears the review.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public BillingDetails markReviewed(long id) {
        SaasScope scope = access.scope();
        BillingRecord record = access.writable(id, scope);
        if (record.getReviewedAt() != null) {
            String by = views.reviewers(List.of(record)).getOrDefault(record.getReviewedBy(), "someone");
            throw new RuleViolationException(
                    "Already reviewed by " + by + " on " + LocalDate.ofInstant(record.getReviewedAt(), clock.getZone())
                            + ".",
                    409);
        }
        record.markReviewed(access.user().accountId(), clock.instant());
        try {
            record = records.saveAndFlush(record);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException("billing record");
        }
        events.publishEvent(new BillingRecordChanged(
                id,
                record.getProductId(),
                BillingRecordChanged.Kind.REVIEWED,
                access.user().accountId()));
        return details(record, scope);
    }

    /** The ids the search would list, in its default order, at most {@code limit}: a bulk run's selection (ADR 036). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Long> matchingIds(PaymentFilter filter, int limit) {
        return search.find(filter, List.of(), access.scope(), LocalDate.now(clock)).stream()
                .limit(limit)
                .map(PaymentListItem::id)
                .toList();
    }

    /** Deletes the record with its invoices; their files go once the deletion commits. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void delete(long id, long version) {
        SaasScope scope = access.scope();
        BillingRecord record = access.writable(id, scope);
        checkVersion(record, version);
        invoices.deleteAllOf(record);
        records.delete(record);
        records.flush();
        events.publishEvent(new BillingRecordChanged(
                id,
                record.getProductId(),
                BillingRecordChanged.Kind.DELETED,
                access.user().accountId()));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<EntityChange> history(long id) {
        SaasScope scope = access.scope();
        BillingRecord record = access.readable(id, scope);
        return history.of(id, scope.seesCardExpiry(record.getProductId()));
    }

    /** Products the caller may give a billing record and that have none yet, for the "new record" picker. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<ProductRef> productsWithoutRecord() {
        SaasScope scope = access.scope();
        Set<Long> taken = new HashSet<>(records.productIdsWithRecord());
        Set<Long> open = catalog.products(ProductFilter.none()).stream()
                .map(ProductListItem::id)
                .filter(scope::writesPayment)
                .filter(id -> !taken.contains(id))
                .collect(Collectors.toSet());
        return catalog.refs(open).values().stream()
                .sorted(Comparator.comparing(ProductRef::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private BillingDetails details(BillingRecord record, SaasScope scope) {
        ProductRef product = catalog.refs(Set.of(record.getProductId())).get(record.getProductId());
        if (product == null) {
            throw new NotFoundException("Billing record");
        }
        return views.details(record, product, scope, LocalDate.now(clock));
    }

    private static void checkVersion(BillingRecord record, @Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException(
                    "version", "The version you edited is required to detect concurrent changes.");
        }
        if (version != record.getVersion()) {
            throw new StaleDataException("billing record");
        }
    }
}
