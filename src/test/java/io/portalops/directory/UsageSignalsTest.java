package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.portalops.TestUsers;
import io.portalops.event.EventIngestion;
import io.portalops.event.EventSubmission;
import io.portalops.event.IngestOutcome;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** Usage events (login, usage.reported) naming a person and a product set that person's last use of the product. */
@SpringBootTest
class UsageSignalsTest {

    @Autowired
    EventIngestion ingestion;

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    AccessGrantService grants;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    String customerRef;
    long product;
    PersonDetails person;

    @BeforeEach
    void setUp() {
        customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        product = fx.product(fx.service().id(), LicenceModel.PER_SEAT, 5);
        person = fx.person("Signal Sam");
        users.run("admin", () -> grants.create(new GrantRequest(person.id(), product, null, GrantStatus.ACTIVE, null)));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static void asProducer() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("test-producer", null, "SCOPE_events:write"));
        SecurityContextHolder.setContext(context);
    }

    EventSubmission login(Instant at, @Nullable String personRef, @Nullable String productRef) {
        return new EventSubmission(
                "idp",
                UUID.randomUUID().toString(),
                "login",
                at.toString(),
                customerRef,
                null,
                JsonMapper.shared().readTree("{\"channel\":\"web\"}"),
                personRef,
                productRef);
    }

    IngestOutcome ingest(EventSubmission event) {
        asProducer();
        try {
            return ingestion.ingest(event);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Waits until every usage listener has run: the publication registry holds no incomplete one. */
    void settled() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null "
                                        + "and event_type like '%UsageSignalled'",
                                Integer.class)
                        == 0);
    }

    @Nullable
    Instant lastUse() {
        List<Timestamp> found = jdbc.queryForList(
                "select last_used_at from product_use where person_id = ? and product_id = ?",
                Timestamp.class,
                person.id(),
                product);
        return found.isEmpty() ? null : found.getFirst().toInstant();
    }

    @Test
    void a_login_naming_a_person_by_email_and_a_product_by_id_sets_last_use_shown_on_the_grant() {
        Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);

        IngestOutcome outcome = ingest(login(at, person.email().toUpperCase(), Long.toString(product)));

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> at.equals(lastUse()));
        GrantListItem grant =
                users.as("admin", () -> grants.ofPerson(person.id())).getFirst();
        assertThat(grant.lastUsedAt()).isEqualTo(at);
        assertThat(jdbc.queryForObject(
                        "select person_ref || ' / ' || product_ref from events where id = ?",
                        String.class,
                        outcome.id()))
                .isEqualTo(person.email().toUpperCase() + " / " + product);
    }

    @Test
    void an_older_event_arriving_later_does_not_move_last_use_back_and_the_other_ref_forms_resolve() {
        ProductRef ref = users.as("admin", () -> catalog.refs(Set.of(product)).get(product));
        Instant newer = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        ingest(login(newer, person.employeeNumber(), ref.serviceName() + " / " + ref.name()));
        settled();
        assertThat(lastUse()).isEqualTo(newer);

        ingest(login(newer.minus(Duration.ofDays(9)), person.email(), Long.toString(product)));
        settled();

        assertThat(lastUse()).isEqualTo(newer);
    }

    @Test
    void concurrent_usage_events_keep_the_latest_use() throws Exception {
        Instant base = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            times.add(base.plus(Duration.ofHours(i * 7L)));
        }
        Collections.shuffle(times);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(times.size());
        try {
            List<Future<IngestOutcome>> sent = new ArrayList<>();
            for (Instant at : times) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return ingest(login(at, person.email(), Long.toString(product)));
                }));
            }
            start.countDown();
            for (Future<IngestOutcome> f : sent) {
                assertThat(f.get().status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
            }
        } finally {
            pool.shutdownNow();
        }
        settled();

        assertThat(lastUse()).isEqualTo(Collections.max(times));
    }

    @Test
    void unknown_refs_stay_on_the_event_and_record_no_use_and_a_person_without_a_product_is_rejected() {
        IngestOutcome unknown =
                ingest(login(Instant.now().minusSeconds(60), "nobody@example.invalid", "No such product"));
        IngestOutcome notUsage = ingest(new EventSubmission(
                "billing",
                UUID.randomUUID().toString(),
                "payment.received",
                Instant.now().minusSeconds(60).toString(),
                customerRef,
                null,
                JsonMapper.shared().readTree("{\"amount\":1,\"currency\":\"EUR\"}"),
                person.email(),
                Long.toString(product)));
        IngestOutcome half = ingest(login(Instant.now().minusSeconds(60), person.email(), null));
        settled();

        assertThat(unknown.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(jdbc.queryForObject("select person_ref from events where id = ?", String.class, unknown.id()))
                .isEqualTo("nobody@example.invalid");
        assertThat(notUsage.status()).isEqualTo(IngestOutcome.Status.ACCEPTED);
        assertThat(lastUse()).as("a payment is no use of a product").isNull();
        assertThat(half.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(half.reasons()).anySatisfy(r -> assertThat(r).startsWith("personRef, productRef:"));
    }
}
