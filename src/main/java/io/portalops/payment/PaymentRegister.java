package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The billing records, one per product, within the caller's SaaS scope: ADMIN all; a service admin their services'
 * products (read and write, card data in clear); a product admin reads their products' records, card holder and
 * expiry masked. A record outside the scope is "not found".
 * <p>
 * The register is bounded by the product catalogue (hundreds of rows, not millions), so the list is selected by SQL
 * (scope, cycle, renewal), then decrypted, filtered by card expiry, sorted and paged in memory (ADR 009).
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
    private final BillingAccess access;
    private final BillingViews views;
    private final CardData cards;
    private final BillingHistory history;
    private final InvoiceFiles invoices;
    private final SaasCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRegister(BillingRecordRepository records, BillingAccess access, BillingViews views, CardData cards, BillingHistory history,
            InvoiceFiles invoices, SaasCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.access = access;
        this.views = views;
        this.cards = cards;
        this.history = history;
        this.invoices = invoices;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** How many days before its cancellation deadline a renewal of this cycle needs attention. */
    public static int attentionDays(BillingCycle cycle) {
        return cycle == BillingCycle.MONTHLY ? MONTHLY_ATTENTION_DAYS : ATTENTION_DAYS;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SliceResult<PaymentListItem> search(PaymentFilter filter, List<SortOrder<PaymentSortField>> sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "Page size must be between 1 and " + MAX_PAGE + ", offset not negative.");
        }
        days("renewalWithinDays", filter.renewalWithinDays());
        days("cardExpiringWithinDays", filter.cardExpiringWithinDays());
        SaasScope scope = access.scope();
        LocalDate today = LocalDate.now(clock);
        Optional<Set<Long>> products = products(filter, scope);
        if (products.isPresent() && products.get().isEmpty()) {
            return new SliceResult<>(List.of(), offset, limit, false);
        }
        List<BillingRecord> rows = records.findAll(specification(filter, products, today));
        Map<Long, ProductRef> refs = catalog.refs(rows.stream().map(BillingRecord::getProductId).collect(Collectors.toSet()));
        List<PaymentListItem> items = rows.stream().filter(r -> refs.containsKey(r.getProductId()))
                .map(r -> views.item(r, refs.get(r.getProductId()), scope, today))
                .filter(item -> matchesCard(item, filter.cardExpiringWithinDays(), today))
                .sorted(comparator(sort)).toList();
        List<PaymentListItem> page = items.subList(Math.min(offset, items.size()), Math.min(offset + limit + 1, items.size()));
        return SliceResult.fromOverfetch(page, offset, limit);
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
        events.publishEvent(new BillingRecordChanged(record.getId(), productId, BillingRecordChanged.Kind.CREATED, access.user().accountId()));
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
        events.publishEvent(new BillingRecordChanged(id, record.getProductId(), BillingRecordChanged.Kind.UPDATED, access.user().accountId()));
        return details(record, scope);
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
        events.publishEvent(new BillingRecordChanged(id, record.getProductId(), BillingRecordChanged.Kind.DELETED, access.user().accountId()));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<BillingChange> history(long id) {
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
        Set<Long> open = catalog.products(ProductFilter.none()).stream().map(ProductListItem::id)
                .filter(scope::writesPayment).filter(id -> !taken.contains(id)).collect(Collectors.toSet());
        return catalog.refs(open).values().stream().sorted(Comparator.comparing(ProductRef::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private BillingDetails details(BillingRecord record, SaasScope scope) {
        ProductRef product = catalog.refs(Set.of(record.getProductId())).get(record.getProductId());
        if (product == null) {
            throw new NotFoundException("Billing record");
        }
        return views.details(record, product, scope, LocalDate.now(clock));
    }

    private Optional<Set<Long>> products(PaymentFilter filter, SaasScope scope) {
        Optional<Set<Long>> products = scope.productFilter();
        if (filter.serviceId() != null) {
            Set<Long> ofService = catalog.products(ProductFilter.ofService(filter.serviceId())).stream()
                    .map(ProductListItem::id).collect(Collectors.toSet());
            products = Optional.of(intersect(products, ofService));
        }
        if (filter.productId() != null) {
            products = Optional.of(intersect(products, Set.of(filter.productId())));
        }
        return products;
    }

    private static Set<Long> intersect(Optional<Set<Long>> limit, Set<Long> ids) {
        return limit.map(l -> ids.stream().filter(l::contains).collect(Collectors.toSet())).orElse(ids);
    }

    private static Specification<BillingRecord> specification(PaymentFilter filter, Optional<Set<Long>> products, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            products.ifPresent(ids -> predicates.add(root.get("productId").in(ids)));
            if (filter.cycle() != null) {
                predicates.add(cb.equal(root.get("billingCycle"), filter.cycle()));
            }
            if (filter.renewalWithinDays() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("nextRenewal"), today.plusDays(filter.renewalWithinDays())));
            }
            if (filter.cardExpiringWithinDays() != null) {
                predicates.add(cb.equal(root.get("paymentMethod"), PaymentMethod.CARD));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Only cards whose expiry the caller may see can match: a masked expiry must not be found out by filtering. */
    private static boolean matchesCard(PaymentListItem item, @Nullable Integer withinDays, LocalDate today) {
        if (withinDays == null) {
            return true;
        }
        return item.cardLastValidDay() != null && !item.cardLastValidDay().isAfter(today.plusDays(withinDays));
    }

    private static Comparator<PaymentListItem> comparator(List<SortOrder<PaymentSortField>> sort) {
        Comparator<PaymentListItem> comparator = null;
        for (SortOrder<PaymentSortField> order : sort.isEmpty() ? List.of(new SortOrder<>(PaymentSortField.DEADLINE, true)) : sort) {
            Comparator<PaymentListItem> next = switch (order.property()) {
                case PRODUCT -> Comparator.comparing((PaymentListItem i) -> i.serviceName().toLowerCase())
                        .thenComparing(i -> i.productName().toLowerCase());
                case RENEWAL -> Comparator.comparing(PaymentListItem::nextRenewal);
                case DEADLINE -> Comparator.comparing(PaymentListItem::cancellationDeadline);
                case CYCLE -> Comparator.comparing(PaymentListItem::cycle);
            };
            next = order.ascending() ? next : next.reversed();
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        return comparator.thenComparingLong(PaymentListItem::id);
    }

    private static void days(String field, @Nullable Integer days) {
        if (days != null && (days < 0 || days > PaymentFilter.MAX_DAYS)) {
            throw new InvalidInputException(field, "Give a number of days from 0 to " + PaymentFilter.MAX_DAYS + ".");
        }
    }

    private static void checkVersion(BillingRecord record, @Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "The version you edited is required to detect concurrent changes.");
        }
        if (version != record.getVersion()) {
            throw new StaleDataException("billing record");
        }
    }
}
