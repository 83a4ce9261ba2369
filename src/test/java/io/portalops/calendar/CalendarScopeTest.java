package io.portalops.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The calendar merges its sources, each scoped to the caller like its own grid (ADR 041). */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarScopeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarService calendar;

    @Autowired
    TestUsers users;

    CalendarFixtures fixtures;
    LocalDate today;
    LocalDate cardDay;
    LocalDate renewalDay;
    LocalDate renewalNotice;

    @BeforeAll
    void fixtures() {
        fixtures = new CalendarFixtures(context);
        today = fixtures.today;
        cardDay = YearMonth.from(today).atEndOfMonth();
        renewalDay = today.plusDays(40);
        renewalNotice = renewalDay.minusMonths(1);
    }

    List<Deadline> all(String username, LocalDate from, LocalDate to) {
        return users.as(username, () -> calendar.deadlines(CalendarQuery.of(from, to)))
                .items();
    }

    List<Deadline> ofContract(List<Deadline> items) {
        return items.stream()
                .filter(d -> d.source().equals("contract") && d.sourceId() == fixtures.contract.id())
                .toList();
    }

    List<Deadline> ofPayment(List<Deadline> items) {
        return items.stream()
                .filter(d -> d.source().equals("payment") && d.sourceId() == fixtures.payment.recordId())
                .toList();
    }

    @Test
    void an_account_manager_sees_only_their_own_customers_contracts_and_may_act_on_them() {
        List<Deadline> mine = all("manager", today, today.plusDays(CalendarQuery.MAX_DAYS - 1));

        assertThat(mine).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo("contract");
            assertThat(d.ownerId()).isEqualTo(fixtures.managerId);
        });
        assertThat(ofContract(mine))
                .extracting(Deadline::type, Deadline::day, Deadline::action, Deadline::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DeadlineType.CONTRACT_NOTICE,
                                fixtures.contractNotice,
                                DeadlineAction.DECIDE,
                                "contracts/" + fixtures.contract.number()),
                        org.assertj.core.groups.Tuple.tuple(
                                DeadlineType.CONTRACT_END,
                                fixtures.contractEnd,
                                DeadlineAction.RENEW,
                                "contracts/" + fixtures.contract.number()));
        assertThat(ofContract(all(fixtures.otherManager, today, today.plusDays(399))))
                .isEmpty();
    }

    @Test
    void an_analyst_reads_every_contract_deadline_without_an_action_and_no_saas_payment() {
        List<Deadline> items = all("analyst", fixtures.contractNotice, fixtures.contractEnd);

        assertThat(ofContract(items))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.action()).isNull());
        assertThat(items).noneMatch(d -> d.source().equals("payment"));
    }

    @Test
    void an_approver_sees_no_contract_they_did_not_decide() {
        assertThat(ofContract(all("approver", fixtures.contractNotice, fixtures.contractEnd)))
                .isEmpty();
    }

    @Test
    void a_service_admin_sees_only_their_services_payments_with_the_card_and_the_actions() {
        List<Deadline> items = all(fixtures.user(Caller.SERVICE_ADMIN_OF_ITS_SERVICE), today, today.plusDays(60));

        assertThat(items).allSatisfy(d -> assertThat(d.serviceId()).isEqualTo(fixtures.payments.serviceId));
        assertThat(ofPayment(items))
                .extracting(Deadline::type, Deadline::day, Deadline::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DeadlineType.RENEWAL, renewalDay, null),
                        org.assertj.core.groups.Tuple.tuple(
                                DeadlineType.RENEWAL_NOTICE, renewalNotice, DeadlineAction.GIVE_NOTICE),
                        org.assertj.core.groups.Tuple.tuple(
                                DeadlineType.CARD_EXPIRY, cardDay, DeadlineAction.REPLACE_CARD));
        assertThat(ofPayment(items))
                .allSatisfy(d -> assertThat(d.link()).isEqualTo("payments/" + fixtures.payment.recordId()));

        assertThat(ofPayment(all(fixtures.user(Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE), today, today.plusDays(60))))
                .isEmpty();
    }

    @Test
    void a_product_admin_reads_the_renewal_without_actions_and_never_the_masked_card_expiry() {
        List<Deadline> items = ofPayment(all(fixtures.user(Caller.PRODUCT_ADMIN_OF_IT), today, today.plusDays(60)));

        assertThat(items)
                .extracting(Deadline::type)
                .containsExactlyInAnyOrder(DeadlineType.RENEWAL, DeadlineType.RENEWAL_NOTICE);
        assertThat(items).allSatisfy(d -> assertThat(d.action()).isNull());
        assertThat(ofPayment(all(fixtures.user(Caller.PRODUCT_ADMIN_OF_ANOTHER_PRODUCT), today, today.plusDays(60))))
                .isEmpty();
    }

    @Test
    void an_auditor_gets_an_empty_calendar_and_nobody_signed_in_is_refused() {
        assertThat(all(fixtures.user(Caller.AUDITOR), today, today.plusDays(399)))
                .isEmpty();
        assertThatThrownBy(() -> calendar.deadlines(CalendarQuery.of(today, today)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void an_admin_gets_both_sources_merged_in_day_order_and_the_filters_narrow_them() {
        LocalDate from = cardDay.isBefore(renewalNotice) ? cardDay : renewalNotice;
        // every auto-renewing plan's renewals are projected over the range (ADR 041), which over ten months of the
        // whole
        // register passes the 2,000 items an answer holds: the merge is checked on the types that happen once
        CalendarResult once = users.as(
                "admin",
                () -> calendar.deadlines(new CalendarQuery(
                        from,
                        fixtures.contractEnd,
                        EnumSet.of(DeadlineType.CONTRACT_END, DeadlineType.CONTRACT_NOTICE, DeadlineType.CARD_EXPIRY),
                        null,
                        null)));
        List<Deadline> items = once.items();

        assertThat(once.truncated()).isFalse();
        assertThat(ofContract(items)).hasSize(2);
        assertThat(ofPayment(items)).extracting(Deadline::type).containsExactly(DeadlineType.CARD_EXPIRY);
        assertThat(items).extracting(Deadline::day).isSorted();

        List<Deadline> notices = users.as(
                        "admin",
                        () -> calendar.deadlines(new CalendarQuery(
                                from, fixtures.contractEnd, EnumSet.of(DeadlineType.CONTRACT_NOTICE), null, null)))
                .items();
        assertThat(notices).isNotEmpty().allSatisfy(d -> assertThat(d.type()).isEqualTo(DeadlineType.CONTRACT_NOTICE));
        assertThat(ofContract(notices)).hasSize(1);

        List<Deadline> ofService = users.as(
                        "admin",
                        () -> calendar.deadlines(new CalendarQuery(
                                from, fixtures.contractEnd, Set.of(), null, fixtures.payments.serviceId)))
                .items();
        assertThat(ofService)
                .hasSize(3)
                .allSatisfy(d -> assertThat(d.sourceId()).isEqualTo(fixtures.payment.recordId()));

        List<Deadline> ofOwner = users.as(
                        "admin",
                        () -> calendar.deadlines(
                                new CalendarQuery(from, fixtures.contractEnd, Set.of(), fixtures.managerId, null)))
                .items();
        assertThat(ofOwner).isNotEmpty().allSatisfy(d -> assertThat(d.ownerId()).isEqualTo(fixtures.managerId));
        assertThat(ofContract(ofOwner)).hasSize(2);
    }

    @Test
    void a_range_backwards_or_longer_than_400_days_is_refused() {
        assertThatThrownBy(() -> CalendarQuery.of(today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> CalendarQuery.of(today, today.plusDays(400)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("400 days");
        assertThat(CalendarQuery.of(today, today.plusDays(399)).types())
                .containsExactlyInAnyOrder(DeadlineType.values());
    }

    @Test
    void a_deadline_that_has_passed_carries_no_action() {
        List<Deadline> items = users
                .as("manager", () -> calendar.deadlines(CalendarQuery.of(today.minusDays(40), today.plusDays(20))))
                .items()
                .stream()
                .filter(d -> d.sourceId() == fixtures.lateContract.id())
                .toList();

        assertThat(items)
                .extracting(Deadline::type, Deadline::day, Deadline::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeadlineType.CONTRACT_NOTICE, today.minusDays(20), null),
                        org.assertj.core.groups.Tuple.tuple(
                                DeadlineType.CONTRACT_END, today.plusDays(10), DeadlineAction.RENEW));
    }
}
