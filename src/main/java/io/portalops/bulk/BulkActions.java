package io.portalops.bulk;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs a grid's bulk action: resolves the selection in the caller's scope, refuses a selection over the maximum before
 * anything is done, checks the action's fields once, then runs the module's single-row step on every row through
 * {@link RowRunner} (chunks of rows per transaction, and a refused row rolled back alone, so one refusal never undoes
 * another row), and puts one audit entry with the ids on the log, next to the entries the single actions write
 * themselves (ADR 036, ADR 044).
 */
@Service
public class BulkActions {

    private final Map<String, BulkGrid> grids;
    private final RowRunner rows;
    private final AuditLog audit;
    private final CurrentUserProvider currentUser;
    private final BulkProperties properties;

    BulkActions(
            List<BulkGrid> grids,
            RowRunner rows,
            AuditLog audit,
            CurrentUserProvider currentUser,
            BulkProperties properties) {
        this.grids = grids.stream()
                .collect(Collectors.toMap(BulkGrid::grid, Function.identity(), (a, b) -> a, TreeMap::new));
        this.rows = rows;
        this.audit = audit;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /** The grid's actions the caller's roles may start, in the grid's order; empty for an unknown grid. */
    @PreAuthorize("isAuthenticated()")
    public List<BulkAction> available(String grid) {
        CurrentUser user = currentUser.require();
        return Optional.ofNullable(grids.get(grid)).map(BulkGrid::actions).orElse(List.of()).stream()
                .filter(action -> allowed(action, user))
                .toList();
    }

    public BulkProperties limits() {
        return properties;
    }

    /**
     * Resolves a selection to the ids in the caller's scope: given ids as they are (each is checked per row when run),
     * a filter through the grid's own query. More than the maximum is refused here, before anything is done.
     */
    @PreAuthorize("isAuthenticated()")
    public BulkPlan plan(String grid, BulkSelection selection) {
        BulkGrid source = grid(grid);
        List<Long> given = selection.ids();
        Map<String, String> filter = selection.filter();
        List<Long> ids = given != null
                ? List.copyOf(new LinkedHashSet<>(given))
                : source.matching(filter == null ? Map.of() : filter, properties.maxRows() + 1);
        if (ids.isEmpty()) {
            throw new InvalidInputException("ids", "Nothing is selected: choose rows or a filter that matches some.");
        }
        if (ids.size() > properties.maxRows()) {
            throw new RuleViolationException(
                    String.format(
                            "A bulk action touches at most %,d rows; this selection has more. Narrow the filter.",
                            properties.maxRows()),
                    422);
        }
        return new BulkPlan(grid, ids);
    }

    @PreAuthorize("isAuthenticated()")
    public BulkResult run(String grid, String action, BulkSelection selection, Map<String, String> fields) {
        return run(grid, action, selection, fields, BulkProgress.NONE);
    }

    @PreAuthorize("isAuthenticated()")
    public BulkResult run(
            String grid, String action, BulkSelection selection, Map<String, String> fields, BulkProgress progress) {
        BulkAction chosen = action(grid(grid), action);
        BulkFields given = new BulkFields(fields, chosen.fields());
        RowStep step = chosen.prepare().apply(given);
        BulkPlan plan = plan(grid, selection);
        List<BulkRowResult> results = new ArrayList<>(plan.count());
        if (step.allOrNothing()) {
            Map<Long, String> refusals = rows.refusals(step, plan.ids());
            if (!refusals.isEmpty()) {
                String notRun = String.format(
                        "Not run: %d of the %d selected cannot be done, so none was.", refusals.size(), plan.count());
                plan.ids().forEach(id -> results.add(BulkRowResult.refused(id, refusals.getOrDefault(id, notRun))));
                return audited(plan, chosen, given, results, true);
            }
        }
        results.addAll(rows.runAll(step, plan.ids(), properties.chunkSize(), progress));
        return audited(plan, chosen, given, results, false);
    }

    private BulkResult audited(
            BulkPlan plan, BulkAction action, BulkFields fields, List<BulkRowResult> results, boolean refusedWhole) {
        List<Long> done = results.stream()
                .filter(BulkRowResult::done)
                .map(BulkRowResult::id)
                .toList();
        List<Long> refused =
                results.stream().filter(r -> !r.done()).map(BulkRowResult::id).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grid", plan.grid());
        details.put("action", action.name());
        details.put("selected", plan.count());
        details.put("done", done);
        details.put("refused", refused);
        details.put("fields", fields.asMap());
        if (refusedWhole) {
            details.put("refusedWhole", true);
        }
        long seq = audit.record(AuditEntry.of("bulk." + plan.grid() + "." + action.name(), plan.grid(), null, details));
        return new BulkResult(plan.grid(), action.name(), plan.count(), done.size(), refused.size(), results, seq);
    }

    private BulkGrid grid(String grid) {
        BulkGrid source = grids.get(grid);
        if (source == null) {
            throw new InvalidInputException(
                    "grid", "No bulk actions on '" + grid + "'; grids: " + grids.keySet() + ".");
        }
        return source;
    }

    private BulkAction action(BulkGrid grid, String name) {
        BulkAction action = grid.actions().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "action",
                        "No action '" + name + "' on " + grid.grid() + "; actions: "
                                + grid.actions().stream().map(BulkAction::name).toList() + "."));
        if (!allowed(action, currentUser.require())) {
            throw new AccessDeniedException(
                    "Your roles do not allow " + action.label().toLowerCase() + " in bulk.");
        }
        return action;
    }

    private static boolean allowed(BulkAction action, CurrentUser user) {
        return user.roles().stream().anyMatch(role -> action.roles().contains(role.name()));
    }
}
