package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The daily contract jobs with an injected clock on the days around month and year ends. The contracts are put in
 * the past (2019), where no demo contract is due, so the jobs touch only the rows of these tests; as the tests share
 * those years, each checks its own contract rather than the job's count.
 */
@SpringBootTest
@RecordApplicationEvents
class ContractScheduleJobsTest {

    @Autowired
    ContractService contracts;

    @Autowired
    @Qualifier("contractActivationJob")
    ContractTransitionJob activation;

    @Autowired
    @Qualifier("contractExpiryJob")
    ContractTransitionJob expiry;

    @Autowired
    IdempotencyKeyPurgeJob purge;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    long contractIn(ContractStatus status, LocalDate start, LocalDate end) {
        long customerId = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long id = users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customerId,
                                "Job test " + UUID.randomUUID().toString().substring(0, 6),
                                ContractType.SUBSCRIPTION,
                                new BigDecimal("100"),
                                "EUR",
                                LocalDate.now().plusDays(1),
                                LocalDate.now().plusYears(1),
                                false,
                                30,
                                null)))
                .id();
        jdbc.update(
                "update contract set status = ?, start_date = ?, end_date = ? where id = ?",
                status.name(),
                start,
                end,
                id);
        return id;
    }

    ContractStatus status(long id) {
        return ContractStatus.valueOf(
                jdbc.queryForObject("select status from contract where id = ?", String.class, id));
    }

    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void the_two_transition_jobs_keep_their_names_titles_descriptions_and_schedules() {
        assertThat(List.of(activation.name(), activation.title(), activation.description(), activation.defaultCron()))
                .containsExactly(
                        "contract-activation",
                        "Activate contracts",
                        "Moves approved contracts to Active on their start date.",
                        "0 5 0 * * *");
        assertThat(List.of(expiry.name(), expiry.title(), expiry.description(), expiry.defaultCron()))
                .containsExactly(
                        "contract-expiry",
                        "Expire contracts",
                        "Moves active contracts to Expired on their end date.",
                        "0 0 0 * * *");
        assertThat(activation.execute(at("2010-01-01T12:00:00"))).isEqualTo("Activated 0 contracts");
        assertThat(expiry.execute(at("2010-01-01T12:00:00"))).isEqualTo("Expired 0 contracts");
    }

    @Test
    void an_active_contract_expires_on_its_end_date_at_the_end_of_a_year_and_only_once() {
        long id = contractIn(ContractStatus.ACTIVE, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        expiry.run(at("2019-12-30T23:59:59"));
        assertThat(status(id)).isEqualTo(ContractStatus.ACTIVE);

        assertThat(expiry.run(at("2019-12-31T00:00:01"))).isPositive();
        assertThat(status(id)).isEqualTo(ContractStatus.EXPIRED);
        assertThat(events.stream(ContractEvent.Expired.class)
                        .filter(e -> e.contractId() == id)
                        .count())
                .isEqualTo(1);

        expiry.run(at("2020-01-01T00:00:01"));
        assertThat(events.stream(ContractEvent.Expired.class)
                        .filter(e -> e.contractId() == id)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void an_active_contract_ending_on_the_last_day_of_february_expires_then_and_not_a_day_early() {
        long leap = contractIn(ContractStatus.ACTIVE, LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 29));
        expiry.run(at("2020-02-28T12:00:00"));
        assertThat(status(leap)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(expiry.run(at("2020-02-29T06:00:00"))).isPositive();
        assertThat(status(leap)).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void a_contract_that_is_not_active_never_expires() {
        long approved = contractIn(ContractStatus.APPROVED, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));
        long terminated = contractIn(ContractStatus.TERMINATED, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));
        expiry.run(at("2019-06-01T00:00:00"));
        assertThat(status(approved)).isEqualTo(ContractStatus.APPROVED);
        assertThat(status(terminated)).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void an_approved_contract_activates_on_new_years_day_and_not_on_new_years_eve() {
        long id = contractIn(ContractStatus.APPROVED, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        activation.run(at("2018-12-31T23:59:59"));
        assertThat(status(id)).isEqualTo(ContractStatus.APPROVED);
        assertThat(activation.run(at("2019-01-01T00:00:01"))).isPositive();
        assertThat(status(id)).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void an_approved_contract_starting_on_the_first_of_a_month_activates_across_the_month_boundary() {
        long id = contractIn(ContractStatus.APPROVED, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 9, 30));
        activation.run(at("2019-03-31T23:00:00"));
        assertThat(status(id)).isEqualTo(ContractStatus.APPROVED);
        assertThat(activation.run(at("2019-04-01T08:00:00"))).isPositive();
        assertThat(status(id)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(expiry.execute(at("2019-09-30T08:00:00"))).matches("Expired [1-9]\\d* contracts");
        assertThat(status(id)).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void idempotency_keys_are_forgotten_after_a_day_and_not_before() {
        long admin = jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
        java.time.Instant now = java.time.Instant.parse("2026-03-01T12:00:00Z");
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        jdbc.update(
                "insert into idempotency_key (account_id, key, request_hash, created_at) values (?, ?, 'h', ?)",
                admin,
                old,
                java.sql.Timestamp.from(
                        now.minus(java.time.Duration.ofHours(24)).minusSeconds(1)));
        jdbc.update(
                "insert into idempotency_key (account_id, key, request_hash, created_at) values (?, ?, 'h', ?)",
                admin,
                fresh,
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofHours(23))));

        assertThat(purge.execute(Clock.fixed(now, ZoneOffset.UTC))).startsWith("Forgot ");

        assertThat(jdbc.queryForList("select key from idempotency_key where key in (?, ?)", String.class, old, fresh))
                .containsExactly(fresh);
    }
}
