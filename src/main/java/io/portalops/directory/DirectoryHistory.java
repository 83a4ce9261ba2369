package io.portalops.directory;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.inventory.ProductRef;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a person or a grant into "who changed which field from what to what", newest first.
 * Callers check that the caller may see the row before asking.
 */
@Component
class DirectoryHistory {

    private final EntityChanges changes;
    private final AccountService accounts;
    private final PersonRepository people;

    DirectoryHistory(EntityChanges changes, AccountService accounts, PersonRepository people) {
        this.changes = changes;
        this.accounts = accounts;
        this.people = people;
    }

    List<EntityChange> ofPerson(long personId) {
        List<RevisionSnapshot<Person>> revisions = changes.revisions(Person.class, personId);
        Set<Long> managerIds = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        revisions.forEach(r -> {
            add(managerIds, r.entity().getManagerId());
            add(accountIds, r.entity().getAccountId());
        });
        Map<Long, String> managers = new LinkedHashMap<>();
        people.findAllById(managerIds).forEach(m -> managers.put(m.getId(), m.getName()));
        Map<Long, AccountSummary> logins = accounts.summaries(accountIds);
        return changes.diff(revisions, p -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Employee number", text(p.getEmployeeNumber()));
            fields.put("Name", text(p.getName()));
            fields.put("Email", text(p.getEmail()));
            fields.put("Department", text(p.getDepartment()));
            fields.put("Title", text(p.getTitle()));
            fields.put(
                    "Manager",
                    p.getManagerId() == null ? "" : managers.getOrDefault(p.getManagerId(), "#" + p.getManagerId()));
            fields.put("Location", text(p.getLocation()));
            fields.put("Status", p.getStatus() == null ? "" : p.getStatus().label());
            fields.put(
                    "Start date",
                    p.getStartDate() == null ? "" : p.getStartDate().toString());
            fields.put("End date", p.getEndDate() == null ? "" : p.getEndDate().toString());
            fields.put("Login account", p.getAccountId() == null ? "" : name(logins, p.getAccountId(), true));
            return fields;
        });
    }

    List<EntityChange> ofGrant(long grantId, @Nullable ProductRef product) {
        List<RevisionSnapshot<AccessGrant>> revisions = changes.revisions(AccessGrant.class, grantId);
        Set<Long> accountIds = new HashSet<>();
        revisions.forEach(r -> {
            add(accountIds, r.entity().getRequestedBy());
            add(accountIds, r.entity().getGrantedBy());
            add(accountIds, r.entity().getRevokedBy());
        });
        Map<Long, AccountSummary> names = accounts.summaries(accountIds);
        return changes.diff(revisions, g -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Product", product == null ? "#" + g.getProductId() : product.label());
            fields.put("Role or tier", text(g.getRole()));
            fields.put("Status", g.getStatus() == null ? "" : g.getStatus().label());
            fields.put("Requested", when(g.getRequestedAt()) + by(names, g.getRequestedBy()));
            fields.put("Granted", when(g.getGrantedAt()) + by(names, g.getGrantedBy()));
            fields.put("Revoked", when(g.getRevokedAt()) + by(names, g.getRevokedBy()));
            fields.put("Note", text(g.getNote()));
            return fields;
        });
    }

    private static void add(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static String by(Map<Long, AccountSummary> names, @Nullable Long accountId) {
        return accountId == null ? "" : " by " + name(names, accountId, false);
    }

    private static String name(Map<Long, AccountSummary> names, long accountId, boolean username) {
        AccountSummary account = names.get(accountId);
        if (account == null) {
            return "#" + accountId;
        }
        return username ? account.username() : account.displayName();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
