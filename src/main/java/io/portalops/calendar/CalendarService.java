package io.portalops.calendar;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges the deadlines of every {@link CalendarSource} for the current user. Each source applies its own scope; this
 * class only asks the sources that can answer the asked types, filters, orders and cuts.
 */
@Service
public class CalendarService {

    /** The most items one answer carries; a range with more is truncated (said in the result). */
    public static final int MAX_ITEMS = 2000;

    static final String READERS =
            "hasAnyRole('ADMIN','ACCOUNT_MANAGER','APPROVER','ANALYST','SERVICE_ADMIN','PRODUCT_ADMIN','AUDITOR')";

    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::day)
            .thenComparing(Deadline::type)
            .thenComparing(Deadline::title)
            .thenComparing(Deadline::sourceId);

    private final List<CalendarSource> sources;
    private final AccountService accounts;

    CalendarService(List<CalendarSource> sources, AccountService accounts) {
        this.sources = List.copyOf(sources);
        this.accounts = accounts;
    }

    /** Every human role (each source decides what it shows); API clients, such as event producers, are refused. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CalendarResult deadlines(CalendarQuery query) {
        List<Deadline> merged = new ArrayList<>();
        boolean truncated = false;
        for (CalendarSource source : sources) {
            Set<DeadlineType> asked = EnumSet.noneOf(DeadlineType.class);
            asked.addAll(query.types());
            asked.retainAll(source.types());
            if (asked.isEmpty()) {
                continue;
            }
            List<Deadline> items = source.deadlines(query.from(), query.to(), asked, MAX_ITEMS);
            if (items.size() > MAX_ITEMS) {
                truncated = true;
            }
            items.stream().filter(query::admits).forEach(merged::add);
        }
        merged.sort(ORDER);
        if (merged.size() > MAX_ITEMS) {
            truncated = true;
            merged = merged.subList(0, MAX_ITEMS);
        }
        return new CalendarResult(merged, truncated);
    }

    /** The owners named by these items, by display name, for the owner filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Map<Long, String> owners(List<Deadline> items) {
        Set<Long> ids =
                items.stream().map(Deadline::ownerId).filter(Objects::nonNull).collect(Collectors.toSet());
        return accounts.summaries(ids).values().stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a, TreeMap::new));
    }

    /** The SaaS services named by these items, for the service filter. */
    public static Map<Long, String> services(List<Deadline> items) {
        Map<Long, String> services = new TreeMap<>();
        for (Deadline item : items) {
            if (item.serviceId() != null && item.serviceName() != null) {
                services.putIfAbsent(item.serviceId(), item.serviceName());
            }
        }
        return services;
    }
}
