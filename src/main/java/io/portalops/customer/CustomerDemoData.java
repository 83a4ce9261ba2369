package io.portalops.customer;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.Role;
import io.portalops.shared.demo.DemoProperties;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
 * Seeds realistic customers in the demo profile when the table is empty: {@code --portalops.demo.customers=N}
 * (default 500), written with PostgreSQL COPY in chunks, with progress in the log. Deterministic for a given size.
 */
@Component
@Profile("demo")
@Order(10)
class CustomerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    private static final int CHUNK = 10_000;
    private static final String[] COUNTRIES = {
        "SE", "SE", "SE", "NO", "DK", "FI", "DE", "DE", "GB", "GB", "NL", "FR", "US", "US", "ES", "PL"
    };
    private static final String COPY =
            "COPY customer (external_ref, name, kind, national_id_enc, national_id_bidx, email_enc, "
                    + "email_bidx, phone, address, country, segment, status, owner_id, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final CustomerPii pii;
    private final AccountService accounts;
    private final Clock clock;
    private final int size;

    CustomerDemoData(
            DataSource dataSource,
            JdbcTemplate jdbc,
            CustomerPii pii,
            AccountService accounts,
            Clock clock,
            DemoProperties demo) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.pii = pii;
        this.accounts = accounts;
        this.clock = clock;
        this.size = demo.customers();
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from customer)", Boolean.class);
        if (!Boolean.TRUE.equals(empty) || size <= 0) {
            return;
        }
        List<Long> owners = accounts.withRole(Role.ACCOUNT_MANAGER).stream()
                .map(AccountSummary::id)
                .toList();
        if (owners.isEmpty()) {
            log.warn("No account managers: demo customers skipped");
            return;
        }
        long started = System.nanoTime();
        log.info("Demo data: generating {} customers", size);
        Random random = new Random(42);
        Faker faker = new Faker(Locale.ENGLISH, random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int nextLog = Math.max(size / 20, CHUNK);
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < size; from += CHUNK) {
                int to = Math.min(size, from + CHUNK);
                StringBuilder csv = new StringBuilder(300 * (to - from));
                for (int i = from; i < to; i++) {
                    row(csv, i + 1, faker, random, owners, now);
                }
                copy.copyIn(COPY, new StringReader(csv.toString()));
                if (to >= nextLog || to == size) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    log.info(
                            "Demo data: {} / {} customers ({}%, {} rows/s)",
                            to, size, to * 100L / size, Math.round(to / Math.max(seconds, 0.001)));
                    nextLog = to + Math.max(size / 20, CHUNK);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo customers could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordCreationRevision(now);
        jdbc.execute("analyze customer");
        log.info("Demo data: {} customers in {} s", size, Math.round((System.nanoTime() - started) / 1e9));
    }

    /** One Envers revision for the whole seed, so that every demo customer's History starts with its creation. */
    private void recordCreationRevision(Instant now) {
        Long revision = jdbc.queryForObject(
                "insert into audit_revision (rev_timestamp, account_id, username) "
                        + "values (?, null, 'demo-data') returning id",
                Long.class,
                now.toEpochMilli());
        jdbc.update(
                "insert into customer_aud (id, rev, revtype, external_ref, name, kind, national_id_enc, email_enc, phone, "
                        + "address, country, segment, status, owner_id, created_at) select id, ?, 0, external_ref, name, kind, "
                        + "national_id_enc, email_enc, phone, address, country, segment, status, owner_id, created_at from customer",
                revision);
    }

    private void row(StringBuilder csv, int n, Faker faker, Random random, List<Long> owners, Instant now) {
        boolean person = random.nextInt(10) < 4;
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String name = person ? first + " " + last : faker.company().name();
        String domain = person ? pick(random, "example.com", "mail.example", "inbox.example") : slug(name) + ".example";
        String email = (person ? slug(first) + "." + slug(last) : pick(random, "info", "billing", "contact", "finance"))
                + "@" + domain;
        String nationalId = person
                ? String.format(
                        "%02d%02d%02d-%04d",
                        50 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(10_000))
                : String.format("%06d-%04d", random.nextInt(1_000_000), random.nextInt(10_000));
        CustomerSegment segment = person
                ? CustomerSegment.CONSUMER
                : CustomerSegment.values()[random.nextInt(CustomerSegment.values().length - 1)];
        int statusRoll = random.nextInt(100);
        CustomerStatus status = statusRoll < 70
                ? CustomerStatus.ACTIVE
                : statusRoll < 85
                        ? CustomerStatus.PROSPECT
                        : statusRoll < 95 ? CustomerStatus.SUSPENDED : CustomerStatus.CLOSED;
        Instant created = now.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS);
        Instant updated =
                created.plus(random.nextInt(1 + (int) ChronoUnit.HOURS.between(created, now)), ChronoUnit.HOURS);

        field(csv, String.format("CUS-%08d", n));
        field(csv, name);
        field(csv, person ? "PERSON" : "COMPANY");
        field(csv, pii.encrypt(nationalId));
        field(csv, pii.nationalIdIndex(nationalId));
        field(csv, pii.encrypt(email));
        field(csv, pii.emailIndex(email));
        field(
                csv,
                "+46 " + (70 + random.nextInt(10)) + " " + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90))
                        + " " + (10 + random.nextInt(90)));
        field(csv, faker.address().streetAddress() + ", " + faker.address().city());
        field(csv, pick(random, COUNTRIES));
        field(csv, segment.name());
        field(csv, status.name());
        field(csv, Long.toString(owners.get(random.nextInt(owners.size()))));
        field(csv, created.toString());
        field(csv, updated.toString());
        csv.append("0\n");
    }

    private static void field(StringBuilder csv, @Nullable String value) {
        csv.append('"')
                .append((value == null ? "" : value).replace("\"", "\"\""))
                .append("\",");
    }

    private static String slug(String value) {
        String slug = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return slug.isEmpty() ? "customer" : slug;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
