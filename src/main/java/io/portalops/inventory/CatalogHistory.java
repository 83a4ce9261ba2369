package io.portalops.inventory;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Field-by-field history of services and products, with admins by name. */
@Component
class CatalogHistory {

    private final EntityChanges changes;
    private final AccountService accounts;

    CatalogHistory(EntityChanges changes, AccountService accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    List<EntityChange> ofService(long id) {
        return changes.of(SaasService.class, id, s -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Name", text(s.getName()));
            fields.put("Vendor", text(s.getVendor()));
            fields.put("Category", text(s.getCategory()));
            fields.put("Website", text(s.getWebsite()));
            fields.put("Status", s.getStatus() == null ? "" : s.getStatus().label());
            fields.put("Description", text(s.getDescription()));
            fields.put("Service admins", names(s.getAdmins()));
            return fields;
        });
    }

    List<EntityChange> ofProduct(long id) {
        return changes.of(Product.class, id, p -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Name", text(p.getName()));
            fields.put(
                    "Licence model",
                    p.getLicenceModel() == null ? "" : p.getLicenceModel().label());
            fields.put("Seats purchased", Integer.toString(p.getSeatsPurchased()));
            fields.put("Cost", p.getCost().format());
            fields.put(
                    "Billing cycle",
                    p.getBillingCycle() == null ? "" : p.getBillingCycle().label());
            fields.put("Product admins", names(p.getAdmins()));
            return fields;
        });
    }

    private String names(Set<Long> ids) {
        return String.join(
                ", ",
                accounts.summaries(ids).values().stream()
                        .map(AccountSummary::displayName)
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
