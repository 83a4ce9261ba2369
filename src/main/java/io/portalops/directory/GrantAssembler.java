package io.portalops.directory;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns grants into list items with names of people, products and accounts, each looked up once per list. */
@Component
class GrantAssembler {

    private final PersonRepository people;
    private final SaasCatalog catalog;
    private final AccountService accounts;
    private final UsageStore usage;

    GrantAssembler(PersonRepository people, SaasCatalog catalog, AccountService accounts, UsageStore usage) {
        this.usage = usage;
        this.people = people;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    GrantListItem item(AccessGrant grant, SaasScope scope) {
        return items(List.of(grant), scope).getFirst();
    }

    List<GrantListItem> items(List<AccessGrant> grants, SaasScope scope) {
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names =
                people.findAllById(grants.stream().map(AccessGrant::getPersonId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Person::getId, Person::getName));
        Map<Long, ProductRef> products =
                catalog.refs(grants.stream().map(AccessGrant::getProductId).collect(Collectors.toSet()));
        Set<Long> accountIds = new HashSet<>();
        for (AccessGrant g : grants) {
            addIfPresent(accountIds, g.getRequestedBy());
            addIfPresent(accountIds, g.getGrantedBy());
            addIfPresent(accountIds, g.getRevokedBy());
        }
        Map<Long, AccountSummary> by = accounts.summaries(accountIds);
        Map<PersonProduct, Instant> lastUses = usage.lastUses(grants.stream()
                .map(g -> new PersonProduct(g.getPersonId(), g.getProductId()))
                .toList());
        Function<@Nullable Long, @Nullable String> nameOf =
                id -> id == null ? null : by.containsKey(id) ? by.get(id).displayName() : "#" + id;
        return grants.stream()
                .map(g -> {
                    ProductRef product = products.get(g.getProductId());
                    return new GrantListItem(
                            g.getId(),
                            g.getPersonId(),
                            names.getOrDefault(g.getPersonId(), "#" + g.getPersonId()),
                            g.getProductId(),
                            product == null ? "" : product.serviceName(),
                            product == null ? "#" + g.getProductId() : product.name(),
                            g.getRole(),
                            g.getStatus(),
                            g.getRequestedAt(),
                            nameOf.apply(g.getRequestedBy()),
                            g.getGrantedAt(),
                            nameOf.apply(g.getGrantedBy()),
                            g.getRevokedAt(),
                            nameOf.apply(g.getRevokedBy()),
                            g.getNote(),
                            g.getVersion(),
                            g.getStatus().open() && scope.grantsAccessTo(g.getProductId()),
                            lastUses.get(new PersonProduct(g.getPersonId(), g.getProductId())));
                })
                .toList();
    }

    private static void addIfPresent(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
