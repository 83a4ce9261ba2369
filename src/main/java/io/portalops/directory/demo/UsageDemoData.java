package io.portalops.directory.demo;

import io.portalops.event.EventIngestion;
import io.portalops.event.EventSubmission;
import io.portalops.event.IngestOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds usage for the demo's active grants the way production gets it (ADR 040): as {@code login} and
 * {@code usage.reported} events naming the person (email) and the product (id), sent through the event ingestion's
 * batch path by an identity provider reporting under the company's own customer record. The stored events announce
 * themselves, and the directory's listener turns them into last use, so the product usage pages, the access review's
 * "last used" and its suggestions read rows derived from events. By the grant's id: six in ten used within the last
 * four weeks, two in ten last used one to four months ago (idle), two in ten never. Deterministic; only when no usage
 * event is stored yet. It waits for the listener, so that the demo access review (next runner) snapshots the usage.
 */
@Component
@Profile("demo")
@Order(44)
class UsageDemoData implements ApplicationRunner {

    static final String SOURCE = "demo-idp";
    private static final Logger log = LoggerFactory.getLogger(UsageDemoData.class);
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** One seat's last use as the identity provider reports it. */
    record Use(long grantId, String email, long productId, Instant at) {}

    private final JdbcTemplate jdbc;
    private final EventIngestion ingestion;
    private final Clock clock;

    UsageDemoData(JdbcTemplate jdbc, EventIngestion ingestion, Clock clock) {
        this.jdbc = jdbc;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean seeded = jdbc.queryForObject(
                "select exists (select 1 from product_use) or exists (select 1 from event_dedup where source = ?)",
                Boolean.class,
                SOURCE);
        String company = jdbc.query(
                "select external_ref from customer order by id limit 1", rs -> rs.next() ? rs.getString(1) : null);
        if (Boolean.TRUE.equals(seeded) || company == null) {
            return;
        }
        List<Use> uses = uses(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        long started = System.nanoTime();
        int accepted = 0;
        for (int from = 0; from < uses.size(); from += EventIngestion.MAX_BATCH) {
            List<EventSubmission> batch =
                    uses.subList(from, Math.min(uses.size(), from + EventIngestion.MAX_BATCH)).stream()
                            .map(use -> submission(use, company))
                            .toList();
            accepted += (int) asProducer(() -> ingestion.ingestBatch(batch)).stream()
                    .filter(o -> o.status() == IngestOutcome.Status.ACCEPTED)
                    .count();
        }
        awaitLastUse((int) uses.stream()
                .map(use -> use.email().toLowerCase(java.util.Locale.ROOT) + "/" + use.productId())
                .distinct()
                .count());
        log.info(
                "Demo data: {} usage events ({} accepted) in {} s",
                uses.size(),
                accepted,
                Math.round((System.nanoTime() - started) / 1e9));
    }

    /** The seats with a recorded use, and when (see the class comment), in grant order. */
    List<Use> uses(Instant now) {
        return jdbc.query(
                "select g.id, p.email, g.product_id, ?::timestamptz - make_interval(days => (case "
                        + "when g.id % 10 < 6 then (g.id * 7) % 27 else 31 + (g.id * 13) % 90 end)::int, "
                        + "hours => ((g.id * 5) % 24)::int) as used_at "
                        + "from access_grant g join person p on p.id = g.person_id "
                        + "where g.status = 'ACTIVE' and g.id % 10 < 8 order by g.id",
                (rs, row) -> new Use(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()),
                java.sql.Timestamp.from(now));
    }

    /** Two in three a sign-in, the others a metered report; the event id makes a second run a duplicate. */
    static EventSubmission submission(Use use, String company) {
        boolean login = use.grantId() % 3 != 0;
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        if (login) {
            payload.put("channel", use.grantId() % 5 == 0 ? "mobile" : "web");
        } else {
            payload.put("metric", "active-minutes");
            payload.put("quantity", 5 + use.grantId() % 240);
        }
        return new EventSubmission(
                SOURCE,
                "seat-" + use.grantId() + "-" + use.at().getEpochSecond(),
                login ? "login" : "usage.reported",
                use.at().toString(),
                company,
                null,
                payload,
                use.email(),
                Long.toString(use.productId()));
    }

    /** The listener records last use after each batch commits; the demo review that follows needs it complete. */
    private void awaitLastUse(int expected) {
        Instant until = Instant.now().plus(WAIT);
        int recorded = 0;
        while (Instant.now().isBefore(until)) {
            recorded = count();
            if (recorded >= expected) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Demo data: {} of {} last uses recorded from the usage events so far", recorded, expected);
    }

    private int count() {
        @Nullable Integer n = jdbc.queryForObject("select count(*) from product_use", Integer.class);
        return n == null ? 0 : n;
    }

    private static <T> T asProducer(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-idp", null, AuthorityUtils.createAuthorityList("SCOPE_events:write")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
