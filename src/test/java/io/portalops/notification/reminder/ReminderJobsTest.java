package io.portalops.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.contract.ApprovalLimits;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractLookups;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.payment.CardDetails;
import io.portalops.payment.PaymentRegister;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder jobs with an injected clock, on dates that cross month and year ends. Each reminder reaches exactly
 * the people responsible, links to its screen, and is sent once however often the job runs.
 */
@SpringBootTest
class ReminderJobsTest {

    @Autowired
    PaymentRenewalReminderJob paymentRenewals;

    @Autowired
    CardExpiryReminderJob cardExpiries;

    @Autowired
    ContractRenewalReminderJob contractRenewals;

    @Autowired
    ApprovalEscalationJob escalation;

    @Autowired
    PaymentRegister register;

    @Autowired
    ContractService contracts;

    @Autowired
    ApprovalLimits limits;

    @Autowired
    ContractLookups lookups;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    Set<Long> recipientsOf(String key) {
        return new HashSet<>(
                jdbc.queryForList("select recipient_id from notification where dedup_key = ?", Long.class, key));
    }

    String linkOf(String key) {
        return jdbc.queryForList("select distinct link from notification where dedup_key = ?", String.class, key)
                .getFirst();
    }

    Set<Long> admins() {
        return new HashSet<>(jdbc.queryForList(
                "select a.id from account a join account_role r on r.account_id = a.id "
                        + "where r.role = 'ADMIN' and a.enabled",
                Long.class));
    }

    Set<Long> serviceAdminsOfRecord(long recordId) {
        Set<Long> admins = new HashSet<>(jdbc.queryForList(
                "select sa.account_id from billing_record b join product p on p.id = b.product_id "
                        + "join service_admin sa on sa.service_id = p.service_id where b.id = ?",
                Long.class,
                recordId));
        return admins.isEmpty() ? admins() : admins;
    }

    @Test
    void a_payment_renewal_is_reminded_60_30_and_7_days_before_its_deadline_across_the_new_year_once_each() {
        Map<String, Object> record =
                jdbc.queryForMap("select id, cancellation_deadline from billing_record order by id limit 1");
        long id = (Long) record.get("id");
        try {
            jdbc.update(
                    "update billing_record set cancellation_deadline = ? where id = ?", Date.valueOf("2021-01-05"), id);
            assertThat(paymentRenewals.execute(on(LocalDate.of(2020, 12, 6)))).startsWith("Sent ");
            String key = "payment-renewal:" + id + ":2021-01-05:30";
            assertThat(recipientsOf(key)).isEqualTo(serviceAdminsOfRecord(id)).isNotEmpty();
            assertThat(linkOf(key)).isEqualTo("payments/" + id);

            paymentRenewals.execute(on(LocalDate.of(2020, 12, 6)));
            assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class, key))
                    .isEqualTo(serviceAdminsOfRecord(id).size());

            paymentRenewals.execute(on(LocalDate.of(2020, 12, 7)));
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where dedup_key like ?",
                            Integer.class,
                            "payment-renewal:" + id + ":2021-01-05:%"))
                    .as("no reminder 29 days before")
                    .isEqualTo(serviceAdminsOfRecord(id).size());

            paymentRenewals.execute(on(LocalDate.of(2020, 11, 6)));
            paymentRenewals.execute(on(LocalDate.of(2020, 12, 29)));
            assertThat(recipientsOf("payment-renewal:" + id + ":2021-01-05:60")).isEqualTo(serviceAdminsOfRecord(id));
            assertThat(recipientsOf("payment-renewal:" + id + ":2021-01-05:7")).isEqualTo(serviceAdminsOfRecord(id));
        } finally {
            jdbc.update(
                    "update billing_record set cancellation_deadline = ? where id = ?",
                    record.get("cancellation_deadline"),
                    id);
        }
    }

    @Test
    void a_card_is_reminded_30_and_7_days_before_the_end_of_its_expiry_month_to_those_who_may_see_it() {
        long id = jdbc.queryForObject("select min(id) from billing_record where payment_method = 'CARD'", Long.class);
        CardDetails card = users.as("admin", () -> register.get(id)).card();
        LocalDate lastDay = card.lastValidDay();

        cardExpiries.execute(on(lastDay.minusDays(30)));
        cardExpiries.execute(on(lastDay.minusDays(7)));
        cardExpiries.execute(on(lastDay.minusDays(7)));

        for (int days : List.of(30, 7)) {
            String key = "card-expiry:" + id + ":" + lastDay + ":" + days;
            assertThat(recipientsOf(key))
                    .as("%d days", days)
                    .isEqualTo(serviceAdminsOfRecord(id))
                    .isNotEmpty();
            assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class, key))
                    .isEqualTo(serviceAdminsOfRecord(id).size());
        }
        List<Long> productAdmins = jdbc.queryForList(
                "select pa.account_id from billing_record b join product_admin pa on pa.product_id = b.product_id "
                        + "where b.id = ?",
                Long.class,
                id);
        assertThat(recipientsOf("card-expiry:" + id + ":" + lastDay + ":7"))
                .doesNotContainAnyElementsOf(productAdmins.stream()
                        .filter(p -> !serviceAdminsOfRecord(id).contains(p))
                        .toList());
    }

    long contract(String status, LocalDate end, int noticeDays, Instant submittedAt) {
        long customerId = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long id = users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customerId,
                                "Reminder test " + UUID.randomUUID().toString().substring(0, 6),
                                ContractType.SUBSCRIPTION,
                                new BigDecimal("1000"),
                                "EUR",
                                LocalDate.now().plusDays(1),
                                LocalDate.now().plusYears(1),
                                true,
                                30,
                                null)))
                .id();
        jdbc.update(
                "update contract set status = ?, start_date = ?, end_date = ?, notice_period_days = ?, submitted_at = ?, "
                        + "submitted_by = owner_id, approval_round = 1 where id = ?",
                status,
                Date.valueOf(end.minusYears(1)),
                Date.valueOf(end),
                noticeDays,
                java.sql.Timestamp.from(submittedAt),
                id);
        return id;
    }

    long owner(long contractId) {
        return jdbc.queryForObject("select owner_id from contract where id = ?", Long.class, contractId);
    }

    String number(long contractId) {
        return jdbc.queryForObject("select number from contract where id = ?", String.class, contractId);
    }

    @Test
    void a_contract_owner_is_reminded_before_the_notice_deadline_across_a_month_end() {
        // ends 2019-03-31 with 30 days' notice: the deadline is 2019-03-01, so 30 days before is 2019-01-30 (in the
        // past, where no demo contract is active)
        long id = contract("ACTIVE", LocalDate.of(2019, 3, 31), 30, Instant.parse("2018-01-01T00:00:00Z"));
        contractRenewals.execute(on(LocalDate.of(2019, 1, 29)));
        assertThat(recipientsOf("contract-renewal:" + id + ":2019-03-01:30")).isEmpty();
        contractRenewals.execute(on(LocalDate.of(2019, 1, 30)));
        contractRenewals.execute(on(LocalDate.of(2019, 2, 22)));
        contractRenewals.execute(on(LocalDate.of(2019, 2, 22)));
        assertThat(recipientsOf("contract-renewal:" + id + ":2019-03-01:30")).containsExactly(owner(id));
        assertThat(recipientsOf("contract-renewal:" + id + ":2019-03-01:7")).containsExactly(owner(id));
        assertThat(linkOf("contract-renewal:" + id + ":2019-03-01:7")).isEqualTo("contracts/" + number(id));
    }

    @Test
    void a_contract_waiting_too_long_reminds_its_approvers_then_the_admins_once_per_round() {
        // in the past, where no demo contract waits, so only this contract is escalated
        Instant submitted = Instant.parse("2018-12-30T10:00:00Z");
        long id = contract("PENDING_APPROVAL", LocalDate.of(2020, 12, 31), 30, submitted);
        String round = "approval-escalation:" + id + ":" + submitted.getEpochSecond();
        Set<Long> approvers = new HashSet<>(lookups.eligibleApprovers(id));

        escalation.execute(on(LocalDate.of(2019, 1, 1)));
        assertThat(recipientsOf(round + ":approvers"))
                .as("two days is not too long")
                .isEmpty();

        escalation.execute(on(LocalDate.of(2019, 1, 3)));
        assertThat(recipientsOf(round + ":approvers"))
                .isEqualTo(approvers)
                .isNotEmpty()
                .doesNotContain(owner(id));
        assertThat(recipientsOf(round + ":admins")).isEmpty();

        escalation.execute(on(LocalDate.of(2019, 1, 6)));
        escalation.execute(on(LocalDate.of(2019, 1, 7)));
        assertThat(recipientsOf(round + ":admins")).isEqualTo(admins());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key = ?", Integer.class, round + ":approvers"))
                .isEqualTo(approvers.size());
        assertThat(linkOf(round + ":admins")).isEqualTo("contracts/" + number(id));
    }
}
