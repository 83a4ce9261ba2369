package io.portalops.payment;

import static io.portalops.payment.PaymentFixtures.Caller.PRODUCT_ADMIN_OF_IT;
import static io.portalops.payment.PaymentFixtures.Caller.SERVICE_ADMIN_OF_ITS_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkRowResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A billing record's review: the single action, the bulk one, the filter, the history and what clears it. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentReviewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRegister register;

    @Autowired
    BulkActions bulk;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    PaymentFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
    }

    String serviceAdmin() {
        return fixtures.username(SERVICE_ADMIN_OF_ITS_SERVICE);
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    String displayName(String username) {
        return jdbc.queryForObject("select display_name from account where username = ?", String.class, username);
    }

    Long reviewer(long recordId) {
        return jdbc.queryForObject("select reviewed_by from billing_record where id = ?", Long.class, recordId);
    }

    @Test
    void a_service_admin_marks_reviewed_in_bulk_only_their_records_and_one_reviewed_already_is_refused_with_who() {
        long mine = fixtures.target().recordId();
        long reviewedAlready = fixtures.target().recordId();
        users.run("admin", () -> register.markReviewed(reviewedAlready));
        long elsewhere = users.as(
                        "admin",
                        () -> register.create(PaymentFixtures.cardForm(
                                fixtures.otherProductId, LocalDate.now().plusDays(60), YearMonth.now())))
                .id();

        BulkResult result = users.as(
                serviceAdmin(),
                () -> bulk.run(
                        "payments",
                        "mark_reviewed",
                        BulkSelection.ofIds(List.of(mine, reviewedAlready, elsewhere, Long.MAX_VALUE)),
                        Map.of()));

        assertThat(result.done()).isOne();
        assertThat(result.refusedRows())
                .extracting(BulkRowResult::id, BulkRowResult::reason)
                .containsExactly(
                        tuple(
                                reviewedAlready,
                                "Already reviewed by " + displayName("admin") + " on " + LocalDate.now() + "."),
                        tuple(elsewhere, "Not found."),
                        tuple(Long.MAX_VALUE, "Not found."));
        assertThat(reviewer(mine)).isEqualTo(accountId(serviceAdmin()));
        assertThat(reviewer(reviewedAlready)).isEqualTo(accountId("admin"));
        assertThat(reviewer(elsewhere)).as("out of scope: never acted on").isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'billing.reviewed' and target_id = ?",
                        Long.class,
                        Long.toString(mine)))
                .isOne();
        assertThat(jdbc.queryForObject("select action from audit_log where seq = ?", String.class, result.auditSeq()))
                .isEqualTo("bulk.payments.mark_reviewed");
    }

    @Test
    void a_product_admin_who_only_reads_payments_may_not_mark_them_reviewed_one_by_one_or_in_bulk() {
        long record = fixtures.target().recordId();
        String productAdmin = fixtures.username(PRODUCT_ADMIN_OF_IT);

        assertThat(users.as(productAdmin, () -> bulk.available("payments"))).isEmpty();
        assertThatThrownBy(() -> users.run(
                        productAdmin,
                        () -> bulk.run("payments", "mark_reviewed", BulkSelection.ofIds(List.of(record)), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(productAdmin, () -> register.markReviewed(record)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviewer(record)).isNull();
    }

    @Test
    void the_review_shows_in_the_record_the_list_the_filter_and_the_history_and_an_edit_of_the_terms_clears_it() {
        long record = fixtures.target().recordId();
        BillingDetails reviewed = users.as(serviceAdmin(), () -> register.markReviewed(record));
        assertThat(reviewed.reviewedAt()).isNotNull();
        assertThat(reviewed.reviewedBy()).isEqualTo("Test " + serviceAdmin());
        assertThatThrownBy(() -> users.run("admin", () -> register.markReviewed(record)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Already reviewed by Test " + serviceAdmin());

        PaymentFilter ofService = new PaymentFilter(fixtures.serviceId, null, null, null, null, null, true);
        List<PaymentListItem> listed = users.as("admin", () -> register.search(ofService, List.of(), 0, 100))
                .items();
        assertThat(listed).extracting(PaymentListItem::id).contains(record);
        assertThat(listed).allSatisfy(item -> assertThat(item.reviewedBy()).isNotNull());
        PaymentFilter notReviewed = new PaymentFilter(fixtures.serviceId, null, null, null, null, null, false);
        assertThat(users.as("admin", () -> register.matchingIds(notReviewed, 100)))
                .doesNotContain(record);
        assertThat(users.as("admin", () -> register.history(record)).getFirst().fields())
                .anySatisfy(change -> assertThat(change.field()).isEqualTo("Reviewed"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_record_aud where id = ? and reviewed_by = ?",
                        Long.class,
                        record,
                        accountId(serviceAdmin())))
                .as("Envers keeps the review")
                .isOne();

        BillingForm form = users.as("admin", () -> register.get(record).form());
        users.run(
                serviceAdmin(),
                () -> register.update(
                        record,
                        new BillingForm(
                                form.productId(),
                                form.cycle(),
                                form.amount().add(java.math.BigDecimal.TEN),
                                form.currency(),
                                form.nextRenewal(),
                                form.autoRenew(),
                                form.noticeAmount(),
                                form.noticeUnit(),
                                form.poNumber(),
                                form.method(),
                                form.cardHolder(),
                                form.cardBrand(),
                                form.cardLast4(),
                                form.cardExpiryMonth(),
                                form.cardExpiryYear(),
                                form.notes(),
                                form.version())));
        assertThat(users.as("admin", () -> register.get(record)).reviewedAt())
                .as("new terms need a new review")
                .isNull();
        assertThat(users.as("admin", () -> register.matchingIds(notReviewed, 100)))
                .contains(record);
    }

    @Test
    void all_matching_the_filter_is_resolved_on_the_server_in_the_callers_scope() {
        long first = fixtures.target().recordId();
        long second = fixtures.target().recordId();
        users.run("admin", () -> register.markReviewed(second));

        List<Long> planned = users.as(
                        serviceAdmin(),
                        () -> bulk.plan(
                                "payments",
                                BulkSelection.ofFilter(
                                        Map.of("serviceId", Long.toString(fixtures.serviceId), "reviewed", "false"))))
                .ids();

        assertThat(planned).contains(first).doesNotContain(second);
        List<Long> theirs;
        try {
            theirs = users.as(
                    fixtures.username(PaymentFixtures.Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE),
                    () -> bulk.plan("payments", BulkSelection.ofFilter(Map.of("reviewed", "false")))
                            .ids());
        } catch (InvalidInputException nothingSelected) {
            theirs = List.of();
        }
        assertThat(theirs).as("another service's admin never selects these").doesNotContain(first, second);
    }
}
