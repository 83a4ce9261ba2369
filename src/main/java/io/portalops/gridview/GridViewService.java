package io.portalops.gridview;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.grid.GridState;
import io.portalops.shared.grid.GridViewForm;
import io.portalops.shared.grid.GridViewStore;
import io.portalops.shared.grid.SavedGridView;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Saved grid views and remembered columns of the signed-in account (ADR 035). A private view exists only for its
 * owner (anyone else gets "not found", an ADMIN too); a shared one is seen by every holder of its role and deleted by
 * its owner or an ADMIN. Sharing, unsharing and deleting a shared view go on the audit log; Envers keeps every version.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class GridViewService implements GridViewStore {

    private final SavedViewRepository views;
    private final ColumnMemory memory;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final GridViewProperties properties;
    private final Clock clock;

    GridViewService(
            SavedViewRepository views,
            ColumnMemory memory,
            CurrentUserProvider currentUser,
            AuditLog audit,
            JdbcTemplate jdbc,
            GridViewProperties properties,
            Clock clock) {
        this.views = views;
        this.memory = memory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SavedGridView> views(String grid) {
        GridStates.grid(grid);
        CurrentUser user = currentUser.require();
        return views.visible(grid, user.accountId(), roleNames(user)).stream()
                .map(v -> item(v, user))
                .toList();
    }

    @Override
    @Transactional
    public SavedGridView save(GridViewForm form) {
        KnownGrids.Grid grid = GridStates.grid(form.grid());
        GridStates.check(grid, form.state());
        CurrentUser user = currentUser.require();
        String role = shareRole(form.sharedWithRole(), user);
        String name = form.name().strip();
        // one writer per account and grid: the count limit and the single default hold under concurrent saves
        jdbc.queryForObject(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))",
                Object.class,
                "grid_view:" + user.accountId() + ":" + form.grid());
        SavedView view = views.ownByName(user.accountId(), form.grid(), name).orElse(null);
        String sharedBefore = view == null ? null : view.getSharedRole();
        if (view == null) {
            if (views.countByAccountIdAndGrid(user.accountId(), form.grid()) >= properties.maxPerGrid()) {
                throw new RuleViolationException(
                        "You have " + properties.maxPerGrid()
                                + " views of this grid, the most there can be; delete one first.",
                        409);
            }
            view = new SavedView(
                    user.accountId(),
                    user.username(),
                    form.grid(),
                    freeSlug(user.accountId(), form.grid(), name),
                    clock.instant());
        }
        view.apply(name, role, form.makeDefault(), GridStates.json(form.state()), clock.instant());
        try {
            if (form.makeDefault()) {
                // before the insert: the partial unique index allows one default at any moment
                views.clearDefault(user.accountId(), form.grid(), view.isNew() ? -1 : view.getId());
            }
            view = views.saveAndFlush(view);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolationException("Someone just saved a view with this name. Reload and try again.", 409);
        }
        if (!Objects.equals(sharedBefore, role)) {
            audit.record(AuditEntry.of(
                    role == null ? "grid_view.unshared" : "grid_view.shared",
                    "grid_view",
                    view.getId(),
                    details(view, role == null ? sharedBefore : role)));
        }
        return item(view, user);
    }

    @Override
    @Transactional
    public void delete(long id) {
        CurrentUser user = currentUser.require();
        // an ADMIN deletes any shared view, also one shared with a role they do not hold; a private one stays hidden
        SavedView view = views.findById(id)
                .filter(v -> visibleTo(v, user) || (v.getSharedRole() != null && user.has(Role.ADMIN)))
                .orElseThrow(() -> new NotFoundException("View"));
        if (view.getAccountId() != user.accountId() && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only its owner or an admin deletes a shared view.");
        }
        if (view.getSharedRole() != null) {
            audit.record(
                    AuditEntry.of("grid_view.deleted", "grid_view", view.getId(), details(view, view.getSharedRole())));
        }
        views.delete(view);
        views.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SavedGridView> find(String grid, String idOrSlug) {
        GridStates.grid(grid);
        CurrentUser user = currentUser.require();
        String wanted = idOrSlug.strip();
        return views.visible(grid, user.accountId(), roleNames(user)).stream()
                .filter(v ->
                        v.getSlug().equals(wanted) || String.valueOf(v.getId()).equals(wanted))
                .findFirst()
                .map(v -> item(v, user));
    }

    /** A view by id, for the API: one the caller may not see is not found. */
    @Transactional(readOnly = true)
    public SavedGridView get(long id) {
        CurrentUser user = currentUser.require();
        return views.findById(id)
                .filter(v -> visibleTo(v, user))
                .map(v -> item(v, user))
                .orElseThrow(() -> new NotFoundException("View"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SavedGridView> defaultView(String grid) {
        GridStates.grid(grid);
        CurrentUser user = currentUser.require();
        return views.findByAccountIdAndGridAndIsDefaultTrue(user.accountId(), grid)
                .map(v -> item(v, user));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GridState> columns(String grid) {
        GridStates.grid(grid);
        return memory.find(currentUser.require().accountId(), grid).map(GridStates::state);
    }

    @Override
    @Transactional
    public void rememberColumns(String grid, GridState columns) {
        KnownGrids.Grid known = GridStates.grid(grid);
        GridStates.checkColumns(known, columns.columns());
        memory.put(currentUser.require().accountId(), grid, GridStates.json(columns.columnsOnly()), clock.instant());
    }

    @Override
    public List<String> shareableRoles() {
        CurrentUser user = currentUser.require();
        return Arrays.stream(Role.values())
                .filter(r -> user.has(Role.ADMIN) || user.has(r))
                .map(Role::name)
                .toList();
    }

    /** A user shares with a role they hold; an ADMIN with any. */
    private static @Nullable String shareRole(@Nullable String requested, CurrentUser user) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        Role role;
        try {
            role = Role.valueOf(requested.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "sharedWithRole", "No such role; roles are " + Arrays.toString(Role.values()) + ".");
        }
        if (!user.has(Role.ADMIN) && !user.has(role)) {
            throw new InvalidInputException("sharedWithRole", "You can share a view only with a role you hold.");
        }
        return role.name();
    }

    private static boolean visibleTo(SavedView view, CurrentUser user) {
        return view.getAccountId() == user.accountId()
                || (view.getSharedRole() != null && roleNames(user).contains(view.getSharedRole()));
    }

    private static List<String> roleNames(CurrentUser user) {
        List<String> names =
                new ArrayList<>(user.roles().stream().map(Role::name).toList());
        if (names.isEmpty()) {
            names.add(""); // "in ()" is not SQL; no view is shared with the empty role
        }
        return names;
    }

    private String freeSlug(long account, String grid, String name) {
        String base = slug(name);
        String slug = base;
        for (int n = 2; views.slugTaken(account, grid, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower case letters, digits and dashes, never all digits (those are ids). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        if (slug.isEmpty()) {
            return "view";
        }
        return slug.matches("\\d+") ? "view-" + slug : slug;
    }

    private static Map<String, Object> details(SavedView view, @Nullable String role) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grid", view.getGrid());
        details.put("name", view.getName());
        details.put("owner", view.getOwnerName());
        if (role != null) {
            details.put("role", role);
        }
        return details;
    }

    private static SavedGridView item(SavedView v, CurrentUser user) {
        boolean mine = v.getAccountId() == user.accountId();
        return new SavedGridView(
                v.getId(),
                v.getGrid(),
                v.getName(),
                v.getSlug(),
                v.getSharedRole(),
                mine && v.isDefault(),
                mine,
                v.getOwnerName(),
                GridStates.state(v.getState()));
    }
}
