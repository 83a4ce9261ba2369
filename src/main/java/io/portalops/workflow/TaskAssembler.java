package io.portalops.workflow;

import io.portalops.directory.GrantUsage;
import io.portalops.directory.PersonProduct;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns tasks into list items with product labels, person names and assignees, each looked up once per list. */
@Component
class TaskAssembler {

    private final WorkflowRunRepository runs;
    private final SaasCatalog catalog;
    private final SaasScopes scopes;
    private final AccountService accounts;
    private final GrantUsage usage;

    TaskAssembler(
            WorkflowRunRepository runs,
            SaasCatalog catalog,
            SaasScopes scopes,
            AccountService accounts,
            GrantUsage usage) {
        this.usage = usage;
        this.runs = runs;
        this.catalog = catalog;
        this.scopes = scopes;
        this.accounts = accounts;
    }

    /** {@code scope} decides only whether the caller may act; the tasks were limited to it already. */
    List<TaskListItem> items(List<WorkflowTask> tasks, SaasScope scope, LocalDate today) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, String> people =
                runs.findAllById(tasks.stream().map(WorkflowTask::getRunId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(WorkflowRun::getId, WorkflowRun::getPersonName));
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        Map<Long, Set<Long>> assignees = scopes.assignees(productIds(tasks));
        Set<Long> accountIds = new HashSet<>();
        assignees.values().forEach(accountIds::addAll);
        tasks.stream().map(WorkflowTask::getClosedBy).filter(Objects::nonNull).forEach(accountIds::add);
        Map<Long, AccountSummary> names = accounts.summaries(accountIds);
        // a reclaim's title says since when the seat lies unused: read now, so a seat used again shows it
        Map<PersonProduct, Instant> lastUses = usage.lastUses(tasks.stream()
                .filter(t -> t.getSaving() != null)
                .map(t -> new PersonProduct(t.getPersonId(), t.getProductId()))
                .collect(Collectors.toSet()));
        return tasks.stream()
                .map(t -> {
                    ProductRef product = products.get(t.getProductId());
                    Set<Long> assigned = assignees.getOrDefault(t.getProductId(), Set.of());
                    boolean open = t.isOpen();
                    return new TaskListItem(
                            t.getId(),
                            t.getRunId(),
                            t.getKind(),
                            t.getStatus(),
                            t.getProductId(),
                            product == null ? "#" + t.getProductId() : product.label(),
                            product != null && product.licenceModel() == LicenceModel.PER_SEAT,
                            t.getPersonId(),
                            people.getOrDefault(t.getRunId(), "#" + t.getPersonId()),
                            t.getDueDate(),
                            t.getGrantId(),
                            t.getNote(),
                            t.getClosedBy() == null ? null : nameOf(names, t.getClosedBy()),
                            t.getClosedAt(),
                            t.getCreatedAt(),
                            assigned.stream()
                                    .map(id -> nameOf(names, id))
                                    .sorted()
                                    .toList(),
                            assigned,
                            open && t.getDueDate().isBefore(today),
                            open
                                    && !t.getDueDate().isBefore(today)
                                    && !t.getDueDate().isAfter(today.plusDays(WorkflowService.DUE_SOON_DAYS)),
                            open && scope.grantsAccessTo(t.getProductId()),
                            t.getVersion(),
                            t.getSaving(),
                            t.getSaving() == null
                                    ? null
                                    : lastUses.get(new PersonProduct(t.getPersonId(), t.getProductId())));
                })
                .toList();
    }

    private static Set<Long> productIds(Collection<WorkflowTask> tasks) {
        return tasks.stream().map(WorkflowTask::getProductId).collect(Collectors.toSet());
    }

    private static String nameOf(Map<Long, AccountSummary> names, long id) {
        AccountSummary account = names.get(id);
        return account == null ? "#" + id : account.displayName();
    }
}
