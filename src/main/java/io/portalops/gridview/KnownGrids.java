package io.portalops.gridview;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The grids that have saved views, with the query parameters their URL carries and the keys of their columns: a
 * saved view may name nothing else. A grid view's {@code UrlFilters} and its column keys must agree with this table
 * (GridViewsCatalogueTest opens each grid and checks).
 */
final class KnownGrids {

    /** One grid: its query parameter names and its column keys. */
    record Grid(Set<String> parameters, List<String> columns) {}

    private static final Map<String, Grid> GRIDS = new TreeMap<>(Map.of(
            "contracts",
                    new Grid(
                            Set.of(
                                    "renew",
                                    "q",
                                    "status",
                                    "customer",
                                    "owner",
                                    "min",
                                    "max",
                                    "startFrom",
                                    "startTo",
                                    "endFrom",
                                    "endTo",
                                    "flagged",
                                    "mine"),
                            List.of(
                                    "NUMBER",
                                    "TITLE",
                                    "customer",
                                    "VALUE",
                                    "START_DATE",
                                    "END_DATE",
                                    "STATUS",
                                    "owner",
                                    "flagged")),
            "customers",
                    new Grid(
                            Set.of("name", "status", "segment", "country", "owner", "ref"),
                            List.of(
                                    "EXTERNAL_REF",
                                    "NAME",
                                    "email",
                                    "COUNTRY",
                                    "SEGMENT",
                                    "STATUS",
                                    "owner",
                                    "UPDATED_AT")),
            "events",
                    new Grid(
                            Set.of("type", "severity", "source", "customer", "contract", "range", "from", "to"),
                            List.of("occurred", "type", "event-id", "customer", "contract", "source")),
            "people",
                    new Grid(
                            Set.of("name", "department", "status", "product"),
                            List.of(
                                    "EMPLOYEE_NUMBER",
                                    "NAME",
                                    "DEPARTMENT",
                                    "title",
                                    "location",
                                    "STATUS",
                                    "START_DATE",
                                    "END_DATE")),
            "payments",
                    new Grid(
                            Set.of("service", "renewal", "deadline", "card", "cycle", "reviewed"),
                            List.of(
                                    "PRODUCT",
                                    "CYCLE",
                                    "RENEWAL",
                                    "notice",
                                    "DEADLINE",
                                    "paid-by",
                                    "expiry",
                                    "reviewed",
                                    "attention")),
            "tasks",
                    new Grid(
                            Set.of("status", "kind", "person", "due"),
                            List.of("task", "person", "kind", "due", "status", "attention", "assignees", "actions")),
            "services",
                    new Grid(
                            Set.of("q", "status", "attention"),
                            List.of("service", "status", "products", "seats-used", "per-month", "unused-month")),
            "audit",
                    new Grid(
                            Set.of("action", "actor", "targetType", "targetId", "from", "to"),
                            List.of("seq", "when", "actor", "action", "target", "client", "details")),
            "exports",
                    new Grid(
                            Set.of("grid", "who", "format", "status"),
                            List.of("when", "who", "grid", "format", "rows", "filters", "status", "hash", "file")),
            "accounts",
                    new Grid(
                            Set.of(),
                            List.of(
                                    "username",
                                    "name",
                                    "email",
                                    "roles",
                                    "status",
                                    "signs-in-with",
                                    "two-factor",
                                    "last-sign-in",
                                    "actions"))));

    private KnownGrids() {}

    static Set<String> ids() {
        return GRIDS.keySet();
    }

    static java.util.Optional<Grid> of(String grid) {
        return java.util.Optional.ofNullable(GRIDS.get(grid));
    }
}
