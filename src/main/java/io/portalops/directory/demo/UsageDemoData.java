package io.portalops.directory.demo;

import io.portalops.event.EventIngestion;
import io.portalops.event.EventSubmission;
import io.portalops.event.IngestOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds usage for the demo's active grants as company usage events (ADR 055): sign-ins from the identity provider
 * ({@code login}, source {@value #IDP}) and readings of a usage meter ({@code usage.reported}, source
 * {@value #METER}), without a customer, ingested as a producer would send them. Last use ({@code product_use}) then
 * follows from those events through the directory's usage recorder, as in production, so that the product usage pages
 * and the access review's suggestions show all three kinds of seat on first run: by the grant's id, six in ten used
 * within the last four weeks, two in ten last used one to four months ago (idle), two in ten never. One used grant in
 * eight also gets an earlier sign-in, which must not count as the last use. About one event per grant keeps the start
 * short (some 25,000 events, a few seconds, for the default 5,000 people). Deterministic; only when no use is
 * recorded yet. It waits for the recorder (bounded), because the review's demo campaign (next runner) snapshots last
 * use.
 */
@Component
@Profile("demo")
@Order(44)
class UsageDemoData implements ApplicationRunner {

    static final String IDP = "idp";
    static final String METER = "usage-meter";
    private static final Logger log = LoggerFactory.getLogger(UsageDemoData.class);
    private static final Duration WAIT = Duration.ofMinutes(2);

    private record Used(long grantId, String email, long productId, Instant last) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EventIngestion events;

    UsageDemoData(JdbcTemplate jdbc, Clock clock, EventIngestion events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = jdbc.queryForObject("select not exists (select 1 from product_use)", Boolean.class);
        if (!Boolean.TRUE.equals(empty)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Used> used = jdbc.query(
                "select g.id, p.email, g.product_id from access_grant g join person p on p.id = g.person_id "
                        + "where g.status = 'ACTIVE' and g.id % 10 < 8 order by g.id",
                (rs, i) -> {
                    long id = rs.getLong(1);
                    long days = id % 10 < 6 ? (id * 7) % 27 : 31 + (id * 13) % 90;
                    // spread over the day to the second: a sign-in log has no two grants used at the same instant
                    // (a multiplicative hash: residues of small moduli repeat every few thousand grants)
                    Instant last =
                            now.minus(Duration.ofDays(days).plusSeconds(Math.floorMod(id * 2_654_435_761L, 86_400L)));
                    return new Used(id, rs.getString(2), rs.getLong(3), last);
                });
        List<EventSubmission> submissions = new ArrayList<>();
        for (Used use : used) {
            submissions.add(lastUse(use));
            if (use.grantId() % 10 == 3) {
                submissions.add(login(use, "-earlier", use.last().minus(Duration.ofDays(3 + use.grantId() % 11))));
            }
        }
        Set<String> pairs = new HashSet<>();
        int accepted = 0;
        for (int from = 0; from < submissions.size(); from += EventIngestion.MAX_BATCH) {
            List<EventSubmission> batch =
                    submissions.subList(from, Math.min(submissions.size(), from + EventIngestion.MAX_BATCH));
            List<IngestOutcome> outcomes = asProducer(batch);
            for (int k = 0; k < batch.size(); k++) {
                if (outcomes.get(k).status() == IngestOutcome.Status.ACCEPTED) {
                    accepted++;
                    pairs.add(batch.get(k).personRef() + "\u0000" + batch.get(k).productRef());
                } else if (outcomes.get(k).status() == IngestOutcome.Status.REJECTED) {
                    log.warn("Demo usage event refused: {}", outcomes.get(k).reasons());
                }
            }
        }
        log.info("Demo data: {} company usage events for {} grants", accepted, pairs.size());
        awaitRecorded(pairs.size());
    }

    private static EventSubmission lastUse(Used use) {
        if (use.grantId() % 2 == 0) {
            return login(use, "", use.last());
        }
        String period =
                use.last().atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        return submission(
                METER,
                "demo-use-" + use.grantId(),
                "usage.reported",
                use.last(),
                use,
                "{\"metric\":\"active-minutes\",\"quantity\":" + (5 + use.grantId() % 400) + ",\"period\":\"" + period
                        + "\"}");
    }

    private static EventSubmission login(Used use, String suffix, Instant at) {
        String channel = use.grantId() % 5 == 0 ? "mobile" : "web";
        return submission(
                IDP, "demo-signin-" + use.grantId() + suffix, "login", at, use, "{\"channel\":\"" + channel + "\"}");
    }

    private static EventSubmission submission(
            String source, String eventId, String type, Instant at, Used use, String payload) {
        JsonNode json = JsonMapper.shared().readTree(payload);
        // no customerRef: the company's own usage, named by the person's email and the product's id
        return new EventSubmission(
                source, eventId, type, at.toString(), null, null, json, use.email(), Long.toString(use.productId()));
    }

    /** The demo sends its events as a producer does: with the producer's scope and nothing more. */
    private List<IngestOutcome> asProducer(List<EventSubmission> batch) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-usage", null, AuthorityUtils.createAuthorityList("SCOPE_events:write")));
        SecurityContextHolder.setContext(context);
        try {
            return events.ingestBatch(batch);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The recorder hears of each committed batch after the commit, on another thread; the next demo runner (the access
     * review's snapshot) reads last use, so wait until every seeded pair has its row. Bounded: a demo that starts with
     * fewer rows is still a demo, and the log says so.
     */
    private void awaitRecorded(int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int recorded = 0;
        while (System.nanoTime() < deadline) {
            recorded = jdbc.queryForObject("select count(*) from product_use", Integer.class);
            if (recorded >= expected) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Demo data: last use recorded for {} of {} grants after {}", recorded, expected, WAIT);
    }
}
