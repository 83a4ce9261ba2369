package io.portalops.shared.grid;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * Saved views and remembered columns of the signed-in user, per grid. Implemented by the {@code gridview} module;
 * every method checks the grid id and the caller's right to the view, whatever the UI offers.
 */
public interface GridViewStore {

    /** The caller's own views of the grid, then those shared with one of their roles, each by name. */
    List<SavedGridView> views(String grid);

    /** Saves (or, under an existing name of the caller's, replaces) a view; bad input changes nothing. */
    SavedGridView save(@Valid GridViewForm form);

    /** Deletes a view: the owner's own, or a shared one by its owner or an ADMIN. */
    void delete(long id);

    /** A view the caller may see, by id or slug (own views first); empty when there is none. */
    Optional<SavedGridView> find(String grid, String idOrSlug);

    /** The caller's default view of the grid, if they chose one. */
    Optional<SavedGridView> defaultView(String grid);

    /** The columns the caller last left the grid with. */
    Optional<GridState> columns(String grid);

    /** Remembers the caller's columns of the grid (filters and sort are not kept here). */
    void rememberColumns(String grid, GridState columns);

    /** The roles the caller may share a view with. */
    List<String> shareableRoles();
}
