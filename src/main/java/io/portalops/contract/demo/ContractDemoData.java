package io.portalops.contract.demo;

import io.portalops.contract.ApprovalPolicy;
import io.portalops.contract.ContractType;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.shared.demo.DemoCurrencies;
import io.portalops.shared.demo.DemoProperties;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo contracts and approval limits, after the demo customers: {@code portalops.demo.contracts-per-customer} (default 3)
 * per customer on average, in every state of the lifecycle, written with COPY and logged as it goes.
 */
@Component
@Profile("demo")
@Order(20)
class ContractDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContractDemoData.class);
    private static final int CHUNK = 20_000;
    private static final String COPY =
            "COPY contract (number, customer_id, title, type, value_amount, value_currency, start_date, "
                    + "end_date, auto_renew, notice_period_days, owner_id, status, submitted_by, submitted_at, approval_round, "
                    + "required_approvals, flagged, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)";
    private static final String[] CURRENCIES = DemoCurrencies.mix();
    private static final String[] TITLES = {
        "Platform subscription",
        "Support agreement",
        "Enterprise licence",
        "Implementation services",
        "Data processing agreement",
        "Managed hosting",
        "Consulting framework",
        "Maintenance renewal",
        "Analytics add-on",
        "Training package"
    };

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ApprovalPolicy policy;
    private final Clock clock;
    private final double perCustomer;

    ContractDemoData(
            DataSource dataSource,
            JdbcTemplate jdbc,
            AccountService accounts,
            ApprovalPolicy policy,
            Clock clock,
            DemoProperties demo) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.perCustomer = demo.contractsPerCustomer();
    }

    @Override
    public void run(ApplicationArguments args) {
        seedLimits();
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from contract)", Boolean.class);
        if (!Boolean.TRUE.equals(empty) || perCustomer <= 0) {
            return;
        }
        List<long[]> customers = jdbc.query(
                "select id, owner_id from customer order by id", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        List<Long> approvers = accounts.withRole(Role.APPROVER).stream()
                .map(AccountSummary::id)
                .toList();
        if (customers.isEmpty()) {
            return;
        }
        long total = Math.round(customers.size() * perCustomer);
        log.info("Demo data: generating {} contracts", total);
        long started = System.nanoTime();
        Random random = new Random(7);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long nextLog = Math.max(total / 20, CHUNK);
            for (long from = 0; from < total; from += CHUNK) {
                long to = Math.min(total, from + CHUNK);
                StringBuilder csv = new StringBuilder((int) (220 * (to - from)));
                for (long n = from; n < to; n++) {
                    long[] customer = customers.get(random.nextInt(customers.size()));
                    row(csv, n + 1, customer, approvers, random, now, today);
                }
                copy.copyIn(COPY, new StringReader(csv.toString()));
                if (to >= nextLog || to == total) {
                    log.info("Demo data: {} / {} contracts ({}%)", to, total, to * 100 / total);
                    nextLog = to + Math.max(total / 20, CHUNK);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo contracts could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordDecisions(approvers);
        recordRevision(now);
        jdbc.execute("select setval('contract_number_seq', " + (total + 1) + ")");
        jdbc.execute("analyze contract");
        log.info("Demo data: {} contracts in {} s", total, Math.round((System.nanoTime() - started) / 1e9));
    }

    /** Decided demo contracts get the approvals that decided them: approver2 (high limit) first, approver second. */
    private void recordDecisions(List<Long> approvers) {
        var byName = accounts.byUsernames(List.of("approver", "approver2"));
        if (byName.size() < 2) {
            return;
        }
        long first = Objects.requireNonNull(byName.get("approver2")).id();
        long second = Objects.requireNonNull(byName.get("approver")).id();
        jdbc.update(
                "insert into contract_approval (contract_id, round, level, approver_id, decision, comment, decided_at) "
                        + "select c.id, 1, l.level, case when l.level = 1 then ? else ? end, 'APPROVED', null, "
                        + "c.submitted_at + l.level * interval '1 day' from contract c cross join generate_series(1, 2) l(level) "
                        + "where c.status in ('APPROVED', 'ACTIVE', 'EXPIRED', 'TERMINATED') and l.level <= c.required_approvals",
                first,
                second);
        jdbc.update(
                "insert into contract_approval (contract_id, round, level, approver_id, decision, comment, decided_at) "
                        + "select c.id, 1, 1, ?, 'REJECTED', 'Pricing does not match the agreed framework; please revise.', "
                        + "c.submitted_at + interval '1 day' from contract c where c.status = 'REJECTED'",
                second);
    }

    /** One Envers revision for the seed, so that each demo contract's History shows how it stands. */
    private void recordRevision(Instant now) {
        Long revision = jdbc.queryForObject(
                "insert into audit_revision (rev_timestamp, account_id, username) "
                        + "values (?, null, 'demo-data') returning id",
                Long.class,
                now.toEpochMilli());
        jdbc.update(
                "insert into contract_aud (id, rev, revtype, number, customer_id, title, type, value_amount, value_currency, "
                        + "start_date, end_date, auto_renew, notice_period_days, owner_id, status, submitted_by, submitted_at, approval_round, "
                        + "required_approvals, flagged) select id, ?, 0, number, customer_id, title, type, value_amount, value_currency, "
                        + "start_date, end_date, auto_renew, notice_period_days, owner_id, status, submitted_by, submitted_at, approval_round, "
                        + "required_approvals, flagged from contract",
                revision);
    }

    private void seedLimits() {
        accounts.byUsernames(List.of("approver", "approver2"))
                .forEach((username, account) -> jdbc.update(
                        "insert into approver_limit (account_id, amount, updated_at) values (?, ?, ?) on conflict (account_id) do nothing",
                        account.id(),
                        username.equals("approver") ? new BigDecimal("250000") : new BigDecimal("1000000"),
                        Timestamp.from(clock.instant())));
    }

    private void row(
            StringBuilder csv,
            long n,
            long[] customer,
            List<Long> approvers,
            Random random,
            Instant now,
            LocalDate today) {
        LocalDate start = today.minusDays(random.nextInt(900)).plusDays(120);
        LocalDate end = start.plusMonths(6 + random.nextInt(42));
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        BigDecimal value = BigDecimal.valueOf(2_000 + (long) (Math.pow(random.nextDouble(), 3) * 600_000))
                .setScale(2);
        int roll = random.nextInt(100);
        String status;
        if (roll < 10) {
            status = "DRAFT";
        } else if (roll < 18) {
            status = "PENDING_APPROVAL";
        } else if (roll < 23) {
            status = "REJECTED";
        } else if (start.isAfter(today)) {
            status = "APPROVED";
        } else if (end.isBefore(today)) {
            status = roll < 90 ? "EXPIRED" : "TERMINATED";
        } else {
            status = roll < 97 ? "ACTIVE" : "TERMINATED";
        }
        boolean submitted = !status.equals("DRAFT");
        Instant created = now.minus(200 + random.nextInt(900), ChronoUnit.DAYS);
        int required = policy.requiredApprovals(new Money(value, currency));
        csv.append(String.format("CT-%d-%06d", created.atZone(ZoneOffset.UTC).getYear(), n))
                .append(',')
                .append(customer[0])
                .append(",\"")
                .append(TITLES[random.nextInt(TITLES.length)])
                .append("\",")
                .append(ContractType.values()[random.nextInt(ContractType.values().length)].name())
                .append(',')
                .append(value.toPlainString())
                .append(',')
                .append(currency)
                .append(',')
                .append(start)
                .append(',')
                .append(end)
                .append(',')
                .append(random.nextBoolean())
                .append(',')
                .append(new int[] {30, 60, 90}[random.nextInt(3)])
                .append(',')
                .append(customer[1])
                .append(',')
                .append(status)
                .append(',')
                .append(submitted ? Long.toString(customer[1]) : "")
                .append(',')
                .append(submitted ? created.plus(2, ChronoUnit.DAYS).toString() : "")
                .append(',')
                .append(submitted ? 1 : 0)
                .append(',')
                .append(required)
                .append(',')
                .append("false,")
                .append(created)
                .append(',')
                .append(created.plus(3, ChronoUnit.DAYS))
                .append(",0\n");
    }
}
