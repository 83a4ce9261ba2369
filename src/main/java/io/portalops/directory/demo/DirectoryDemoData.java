package io.portalops.directory.demo;

import io.portalops.directory.GrantStatus;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SeatLedger;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.demo.DemoProperties;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;
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
 * Seeds the directory in the demo profile when it is empty: {@code --portalops.demo.people=N} people (default 5,000)
 * with about six grants each, written with PostgreSQL COPY, one Envers revision for the lot, and the products' seat
 * counts reconciled with the active grants. Runs after the inventory demo data. Deterministic for a given size.
 */
@Component
@Profile("demo")
@Order(41)
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);
    private static final String PERSON_COPY =
            "COPY person (id, employee_number, name, email, department, title, manager_id, location, "
                    + "status, start_date, end_date, account_id, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)";
    private static final String GRANT_COPY =
            "COPY access_grant (id, person_id, product_id, role, status, requested_at, requested_by, "
                    + "granted_at, granted_by, revoked_at, revoked_by, note, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final SaasCatalog catalog;
    private final SeatLedger seats;
    private final AccountService accounts;
    private final Clock clock;
    private final int size;

    DirectoryDemoData(
            DataSource dataSource,
            JdbcTemplate jdbc,
            SaasCatalog catalog,
            SeatLedger seats,
            AccountService accounts,
            Clock clock,
            DemoProperties demo) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.seats = seats;
        this.accounts = accounts;
        this.clock = clock;
        this.size = demo.people();
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from person)", Boolean.class);
        List<ProductRef> products = catalog.allRefsUnscoped().values().stream()
                .sorted(Comparator.comparingLong(ProductRef::id))
                .toList();
        if (!Boolean.TRUE.equals(empty) || size <= 0 || products.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Long> logins =
                accounts.byUsernames(Set.of("admin", "serviceadmin", "productadmin")).values().stream()
                        .collect(Collectors.toMap(AccountSummary::username, AccountSummary::id));
        List<DemoPeople.Row> people = new DemoPeople(
                        random, new Faker(Locale.ENGLISH, random), LocalDate.ofInstant(now, ZoneOffset.UTC))
                .generate(size, logins);
        List<DemoGrants.Row> grants = new DemoGrants(random, now).generate(people, products, seats.perSeatLimits());
        Long by = logins.get("admin");
        StringBuilder personCsv = new StringBuilder(200 * people.size());
        people.forEach(p -> personRow(personCsv, p, now));
        StringBuilder grantCsv = new StringBuilder(150 * grants.size());
        grants.forEach(g -> grantRow(grantCsv, g, by));
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(PERSON_COPY, new StringReader(personCsv.toString()));
            copy.copyIn(GRANT_COPY, new StringReader(grantCsv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Demo people could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // rows came with their ids, so the identity sequences must continue after them
        jdbc.execute("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");
        jdbc.execute("select setval(pg_get_serial_sequence('access_grant', 'id'), (select max(id) from access_grant))");
        recordCreationRevision(now);
        Map<Long, Integer> active = new TreeMap<>();
        grants.stream()
                .filter(g -> g.status() == GrantStatus.ACTIVE)
                .forEach(g -> active.merge(g.productId(), 1, Integer::sum));
        seats.reconcile(active);
        jdbc.execute("analyze person");
        jdbc.execute("analyze access_grant");
        log.info(
                "Demo data: {} people with {} access grants ({} active) in {} ms",
                people.size(),
                grants.size(),
                active.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One Envers revision for the whole seed, so that every demo person's and grant's history starts with its creation. */
    private void recordCreationRevision(Instant now) {
        Long revision = jdbc.queryForObject(
                "insert into audit_revision (rev_timestamp, account_id, username) "
                        + "values (?, null, 'demo-data') returning id",
                Long.class,
                now.toEpochMilli());
        jdbc.update(
                "insert into person_aud (id, rev, revtype, employee_number, name, email, department, title, manager_id, location, "
                        + "status, start_date, end_date, account_id) select id, ?, 0, employee_number, name, email, department, title, "
                        + "manager_id, location, status, start_date, end_date, account_id from person",
                revision);
        jdbc.update(
                "insert into access_grant_aud (id, rev, revtype, person_id, product_id, role, status, requested_at, requested_by, "
                        + "granted_at, granted_by, revoked_at, revoked_by, note) select id, ?, 0, person_id, product_id, role, status, "
                        + "requested_at, requested_by, granted_at, granted_by, revoked_at, revoked_by, note from access_grant",
                revision);
    }

    private static void personRow(StringBuilder csv, DemoPeople.Row p, Instant now) {
        field(csv, p.id());
        field(csv, p.employeeNumber());
        field(csv, p.name());
        field(csv, p.email());
        field(csv, p.department());
        field(csv, p.title());
        field(csv, p.managerId());
        field(csv, p.location());
        field(csv, p.status().name());
        field(csv, p.startDate());
        field(csv, p.endDate());
        field(csv, p.accountId());
        field(csv, now);
        field(csv, now);
        csv.append("0\n");
    }

    private static void grantRow(StringBuilder csv, DemoGrants.Row g, @Nullable Long by) {
        field(csv, g.id());
        field(csv, g.personId());
        field(csv, g.productId());
        field(csv, g.role());
        field(csv, g.status().name());
        field(csv, g.requestedAt());
        field(csv, by);
        field(csv, g.grantedAt());
        field(csv, g.grantedAt() == null ? null : by);
        field(csv, g.revokedAt());
        field(csv, g.revokedAt() == null ? null : by);
        field(csv, g.note());
        Instant updated =
                g.revokedAt() != null ? g.revokedAt() : g.grantedAt() != null ? g.grantedAt() : g.requestedAt();
        field(csv, g.requestedAt());
        field(csv, updated);
        csv.append("0\n");
    }

    /** A CSV field; null is written unquoted and empty, which COPY reads as NULL. */
    private static void field(StringBuilder csv, @Nullable Object value) {
        if (value != null) {
            csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
        csv.append(',');
    }
}
