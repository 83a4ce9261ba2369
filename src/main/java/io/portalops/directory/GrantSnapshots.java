package io.portalops.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unscoped reads of grants in bulk for the access reviews (module {@code review}), which check the caller's scope
 * themselves. Plain SQL: a campaign over everything reads tens of thousands of grants, and entities would be loaded
 * one by one for nothing.
 */
@Component
public class GrantSnapshots {

    private final JdbcClient jdbc;

    GrantSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active grant of the products, with its holder, by product then person name. */
    @Transactional(readOnly = true)
    public List<ActiveGrant> activeGrantsOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select g.id, g.person_id, p.name, p.status, p.department, g.product_id, g.granted_at, g.granted_by
                          from access_grant g join person p on p.id = g.person_id
                         where g.status = 'ACTIVE' and g.product_id in (:products)
                         order by g.product_id, p.name, g.id
                        """)
                .param("products", Set.copyOf(productIds))
                .query((rs, i) -> new ActiveGrant(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        EmploymentStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, Long.class)))
                .list();
    }

    /** The grants' status and their holders' employment status now; give a page of ids, not thousands. */
    @Transactional(readOnly = true)
    public Map<Long, GrantState> statesOf(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select g.id, g.status, g.revoked_at, p.status
                          from access_grant g join person p on p.id = g.person_id
                         where g.id in (:grants)
                        """)
                .param("grants", Set.copyOf(grantIds))
                .query((rs, i) -> new GrantState(
                        rs.getLong(1),
                        GrantStatus.valueOf(rs.getString(2)),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        EmploymentStatus.valueOf(rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.toMap(GrantState::grantId, Function.identity()));
    }
}
