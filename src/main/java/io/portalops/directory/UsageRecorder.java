package io.portalops.directory;

import io.portalops.event.UsageSignal;
import io.portalops.event.UsageSignalled;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns usage signals (stored usage events, imported sign-in logs) into last use per person and product. References
 * resolve leniently: a person by email (any case) or employee number, a product by id or as {@code Service/Product}
 * (any case) or by its name alone when no other product shares it. A signal whose person or product is unknown records
 * nothing; it stays on its event.
 */
@Component
class UsageRecorder {

    /** A use as sent, before its references resolve. */
    record RefUse(String personRef, String productRef, Instant at, String source) {}

    /** How many uses were recorded, and how many named an unknown person or product. */
    record Outcome(int recorded, int unmatched) {}

    private final UsageStore store;
    private final SaasCatalog catalog;

    UsageRecorder(UsageStore store, SaasCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** After the events commit, in a transaction of its own (a failure is retried from the publication registry). */
    @ApplicationModuleListener
    void on(UsageSignalled signalled) {
        record(signalled.signals().stream()
                .map(s -> new RefUse(s.personRef(), s.productRef(), s.occurredAt(), source(s)))
                .toList());
    }

    @Transactional
    Outcome record(Collection<RefUse> uses) {
        Map<String, Long> people =
                store.peopleByRef(uses.stream().map(RefUse::personRef).toList());
        Map<String, Long> products = productsByRef(catalog.allRefsUnscoped().values());
        List<UsageStore.Use> resolved = new ArrayList<>();
        int unmatched = 0;
        for (RefUse use : uses) {
            Long person = people.get(use.personRef().strip());
            Long product = products.get(key(use.productRef()));
            if (person == null || product == null) {
                unmatched++;
            } else {
                resolved.add(new UsageStore.Use(person, product, use.at(), use.source()));
            }
        }
        store.record(resolved);
        return new Outcome(resolved.size(), unmatched);
    }

    /** Every way a product may be named, to its id; a bare name shared by two products resolves to neither. */
    static Map<String, Long> productsByRef(Collection<ProductRef> refs) {
        Map<String, Long> byRef = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (ProductRef p : refs) {
            byRef.put(Long.toString(p.id()), p.id());
            byRef.put(key(p.serviceName() + "/" + p.name()), p.id());
            String name = key(p.name());
            if (byRef.putIfAbsent(name, p.id()) != null && byRef.get(name) != p.id()) {
                ambiguous.add(name);
            }
        }
        ambiguous.forEach(byRef::remove);
        return byRef;
    }

    static String key(@Nullable String ref) {
        return ref == null ? "" : ref.strip().replaceAll("\\s*/\\s*", "/").toLowerCase(Locale.ROOT);
    }

    private static String source(UsageSignal signal) {
        return signal.source().length() > 100 ? signal.source().substring(0, 100) : signal.source();
    }
}
