package io.portalops.payment;

import io.portalops.inventory.ProductFilter;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.paging.SortOrder;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The payments list. The register is bounded by the product catalogue (hundreds of rows, not millions), so the rows are
 * selected by SQL as far as the columns allow (scope, service, product, cycle, renewal), then decrypted, filtered by
 * card expiry (encrypted), sorted and paged in memory (ADR 009). Callers authorise first.
 */
@Component
class PaymentSearch {

    private final BillingRecordRepository records;
    private final BillingViews views;
    private final SaasCatalog catalog;

    PaymentSearch(BillingRecordRepository records, BillingViews views, SaasCatalog catalog) {
        this.records = records;
        this.views = views;
        this.catalog = catalog;
    }

    List<PaymentListItem> find(
            PaymentFilter filter, List<SortOrder<PaymentSortField>> sort, SaasScope scope, LocalDate today) {
        days("renewalWithinDays", filter.renewalWithinDays());
        days("cardExpiringWithinDays", filter.cardExpiringWithinDays());
        days("deadlineWithinDays", filter.deadlineWithinDays());
        Optional<Set<Long>> products = products(filter, scope);
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        List<BillingRecord> rows = records.findAll(specification(filter, products, today));
        Map<Long, ProductRef> refs =
                catalog.refs(rows.stream().map(BillingRecord::getProductId).collect(Collectors.toSet()));
        Map<Long, String> reviewers = views.reviewers(rows);
        return rows.stream()
                .filter(r -> refs.containsKey(r.getProductId()))
                .map(r -> views.item(r, Objects.requireNonNull(refs.get(r.getProductId())), scope, today, reviewers))
                .filter(item -> matchesCard(item, filter.cardExpiringWithinDays(), today))
                .sorted(comparator(sort))
                .toList();
    }

    private Optional<Set<Long>> products(PaymentFilter filter, SaasScope scope) {
        Optional<Set<Long>> products = scope.productFilter();
        if (filter.serviceId() != null) {
            Set<Long> ofService = catalog.products(ProductFilter.ofService(filter.serviceId())).stream()
                    .map(ProductListItem::id)
                    .collect(Collectors.toSet());
            products = Optional.of(intersect(products, ofService));
        }
        if (filter.productId() != null) {
            products = Optional.of(intersect(products, Set.of(filter.productId())));
        }
        return products;
    }

    private static Set<Long> intersect(Optional<Set<Long>> limit, Set<Long> ids) {
        return limit.map(l -> ids.stream().filter(l::contains).collect(Collectors.toSet()))
                .orElse(ids);
    }

    private static Specification<BillingRecord> specification(
            PaymentFilter filter, Optional<Set<Long>> products, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            products.ifPresent(ids -> predicates.add(root.get("productId").in(ids)));
            if (filter.cycle() != null) {
                predicates.add(cb.equal(root.get("billingCycle"), filter.cycle()));
            }
            if (filter.renewalWithinDays() != null) {
                predicates.add(
                        cb.lessThanOrEqualTo(root.get("nextRenewal"), today.plusDays(filter.renewalWithinDays())));
            }
            if (filter.deadlineWithinDays() != null) {
                predicates.add(cb.lessThanOrEqualTo(
                        root.get("cancellationDeadline"), today.plusDays(filter.deadlineWithinDays())));
            }
            if (filter.reviewed() != null) {
                predicates.add(
                        filter.reviewed() ? cb.isNotNull(root.get("reviewedAt")) : cb.isNull(root.get("reviewedAt")));
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
        Comparator<PaymentListItem> comparator = (a, b) -> 0;
        for (SortOrder<PaymentSortField> order :
                sort.isEmpty() ? List.of(new SortOrder<>(PaymentSortField.DEADLINE, true)) : sort) {
            Comparator<PaymentListItem> next = switch (order.property()) {
                case PRODUCT ->
                    Comparator.comparing((PaymentListItem i) -> i.serviceName().toLowerCase())
                            .thenComparing(i -> i.productName().toLowerCase());
                case RENEWAL -> Comparator.comparing(PaymentListItem::nextRenewal);
                case DEADLINE -> Comparator.comparing(PaymentListItem::cancellationDeadline);
                case CYCLE -> Comparator.comparing(PaymentListItem::cycle);
            };
            next = order.ascending() ? next : next.reversed();
            comparator = comparator.thenComparing(next);
        }
        return comparator.thenComparingLong(PaymentListItem::id);
    }

    private static void days(String field, @Nullable Integer days) {
        if (days != null && (days < 0 || days > PaymentFilter.MAX_DAYS)) {
            throw new InvalidInputException(field, "Give a number of days from 0 to " + PaymentFilter.MAX_DAYS + ".");
        }
    }
}
