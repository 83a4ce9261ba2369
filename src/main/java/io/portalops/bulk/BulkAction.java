package io.portalops.bulk;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One bulk action of a grid.
 *
 * @param name    the {@code {action}} of the API path, e.g. {@code flag}
 * @param label   what the menu and the confirmation say, e.g. "Flag"
 * @param roles   who may start it (each row still goes through the single action's own rules)
 * @param fields  what the action asks for once, for every row (a reason, a note)
 * @param prepare checks the fields once, before any row is touched, and returns what is done to each row
 */
public record BulkAction(
        String name, String label, Set<String> roles, List<BulkField> fields, Function<BulkFields, RowStep> prepare) {

    public BulkAction {
        if (!name.matches("[a-z][a-z_]{1,30}")) {
            throw new IllegalArgumentException("A bulk action's name is lower case: " + name);
        }
        roles = Set.copyOf(roles);
        fields = List.copyOf(fields);
    }
}
