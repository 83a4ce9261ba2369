package io.portalops.payment;

import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.shared.db.MaterializedViews;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SaaS spend for the dashboard: what the billing schedule charges per month and service over the last 12 months, from
 * the {@code payment_spend_rollup} view (V023), limited to the products whose payments the caller reads.
 */
@Service
public class PaymentFigures {

    private final JdbcTemplate jdbc;
    private final SaasScopes scopes;

    PaymentFigures(JdbcTemplate jdbc, SaasScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    public record SpendFigure(
            YearMonth month, long serviceId, String serviceName, String currency, BigDecimal amount) {}

    public void refresh() {
        MaterializedViews.refresh(jdbc, "payment_spend_rollup");
    }

    @PreAuthorize(PaymentRegister.READERS)
    @Transactional(readOnly = true)
    public List<SpendFigure> spendByMonth(YearMonth from, YearMonth to) {
        SaasScope scope = scopes.current();
        Optional<Set<Long>> products = scope.productFilter();
        if (products.isPresent() && products.get().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "select r.month, r.service_id, s.name, r.currency, sum(r.amount) "
                        + "from payment_spend_rollup r join saas_service s on s.id = r.service_id where r.month between ? and ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))));
        products.ifPresent(ids -> {
            sql.append(" and r.product_id = any (?)");
            args.add(ids.toArray(Long[]::new));
        });
        sql.append(" group by r.month, r.service_id, s.name, r.currency order by r.month, s.name");
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new SpendFigure(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5)),
                args.toArray());
    }
}
