package io.portalops.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.contract.ContractDetails;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.BillingForm;
import io.portalops.payment.CardBrand;
import io.portalops.payment.NoticeUnit;
import io.portalops.payment.PaymentMethod;
import io.portalops.payment.PaymentRegister;
import io.portalops.review.ReviewFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Recurring SaaS payments show every renewal and cancellation deadline of any asked range, not only the stored next
 * one; and every kind of deadline names what its owner can still do about it (ADR 041).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalProjectionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarService calendar;

    @Autowired
    PaymentRegister register;

    @Autowired
    ReviewFixtures reviews;

    @Autowired
    TestUsers users;

    CalendarFixtures fixtures;
    LocalDate today;

    @BeforeAll
    void fixtures() {
        fixtures = new CalendarFixtures(context);
        today = fixtures.today;
    }

    /** A card-paid plan of a new product of the fixtures' service; the card expires in the month given. */
    long plan(BillingCycle cycle, LocalDate renewal, boolean autoRenew, int noticeDays, YearMonth cardExpiry) {
        long product = fixtures.payments.newProduct();
        BillingForm form = new BillingForm(
                product,
                cycle,
                new BigDecimal("49.00"),
                "EUR",
                renewal,
                autoRenew,
                noticeDays,
                NoticeUnit.DAYS,
                null,
                PaymentMethod.CARD,
                "Card Holder",
                CardBrand.VISA,
                "1881",
                cardExpiry.getMonthValue(),
                cardExpiry.getYear(),
                null,
                null);
        return users.as("admin", () -> register.create(form)).id();
    }

    List<Deadline> of(String user, long recordId, LocalDate from, LocalDate to) {
        return users
                .as(
                        user,
                        () -> calendar.deadlines(
                                        new CalendarQuery(from, to, Set.of(), null, fixtures.payments.serviceId))
                                .items())
                .stream()
                .filter(d -> d.source().equals("payment") && d.sourceId() == recordId)
                .toList();
    }

    @Test
    void a_window_a_year_ahead_shows_each_monthly_and_yearly_renewal_its_cancellation_deadline_and_the_card_expiry() {
        LocalDate monthlyFirst = today.plusDays(20);
        YearMonth cardMonth = YearMonth.from(today.plusYears(1));
        long monthly = plan(BillingCycle.MONTHLY, monthlyFirst, true, 10, cardMonth);
        LocalDate yearlyFirst = today.plusDays(40);
        long yearly = plan(
                BillingCycle.ANNUAL,
                yearlyFirst,
                true,
                30,
                YearMonth.from(today).plusMonths(2));
        LocalDate from = today.plusYears(1).minusDays(15);
        LocalDate to = today.plusYears(1).plusDays(45);

        List<Deadline> monthlyItems = of("admin", monthly, from, to);

        List<LocalDate> renewals = new ArrayList<>();
        for (int n = 1; n < 20; n++) {
            LocalDate day = monthlyFirst.plusMonths(n);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                renewals.add(day);
            }
        }
        assertThat(renewals)
                .as("the window holds two or three monthly renewals")
                .hasSizeBetween(2, 3);
        assertThat(monthlyItems.stream()
                        .filter(d -> d.type() == DeadlineType.RENEWAL)
                        .map(Deadline::day))
                .containsExactlyElementsOf(renewals);
        List<LocalDate> notices = new ArrayList<>();
        for (int n = 1; n < 20; n++) {
            LocalDate day = monthlyFirst.plusMonths(n).minusDays(10);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                notices.add(day);
            }
        }
        assertThat(monthlyItems.stream()
                        .filter(d -> d.type() == DeadlineType.RENEWAL_NOTICE)
                        .map(Deadline::day))
                .containsExactlyElementsOf(notices);
        assertThat(monthlyItems)
                .filteredOn(d -> d.type() == DeadlineType.CARD_EXPIRY)
                .extracting(Deadline::day, Deadline::action)
                .containsExactly(tuple(cardMonth.atEndOfMonth(), DeadlineAction.REPLACE_CARD));
        assertThat(monthlyItems)
                .as("each occurrence is its own item and iCal event")
                .extracting(Deadline::key)
                .doesNotHaveDuplicates();
        assertThat(monthlyItems).extracting(Deadline::day).isSorted();

        assertThat(of("admin", yearly, from, to))
                .extracting(Deadline::type, Deadline::day, Deadline::action)
                .containsExactlyInAnyOrder(
                        tuple(
                                DeadlineType.RENEWAL_NOTICE,
                                yearlyFirst.plusYears(1).minusDays(30),
                                DeadlineAction.GIVE_NOTICE),
                        tuple(DeadlineType.RENEWAL, yearlyFirst.plusYears(1), null));
    }

    @Test
    void a_plan_that_does_not_renew_by_itself_ends_at_its_renewal_and_a_stale_renewal_projects_forward() {
        long ending = plan(
                BillingCycle.MONTHLY,
                today.plusDays(20),
                false,
                10,
                YearMonth.from(today).plusMonths(3));
        long stale = plan(
                BillingCycle.MONTHLY,
                today.minusDays(45),
                true,
                5,
                YearMonth.from(today).plusMonths(3));

        assertThat(of("admin", ending, today, today.plusDays(399)))
                .filteredOn(d -> d.type() != DeadlineType.CARD_EXPIRY)
                .extracting(Deadline::type, Deadline::day, Deadline::action)
                .containsExactly(
                        tuple(DeadlineType.RENEWAL_NOTICE, today.plusDays(10), DeadlineAction.DECIDE),
                        tuple(DeadlineType.RENEWAL, today.plusDays(20), DeadlineAction.RENEW));

        List<Deadline> projected = of("admin", stale, today.minusDays(50), today.plusDays(40));
        assertThat(projected)
                .filteredOn(d -> d.type() == DeadlineType.RENEWAL)
                .extracting(Deadline::day)
                .containsExactly(
                        today.minusDays(45),
                        today.minusDays(45).plusMonths(1),
                        today.minusDays(45).plusMonths(2));
        assertThat(projected)
                .filteredOn(d -> d.type() == DeadlineType.RENEWAL_NOTICE)
                .allSatisfy(d -> assertThat(d.action())
                        .as("notice by " + d.day())
                        .isEqualTo(d.day().isBefore(today) ? null : DeadlineAction.GIVE_NOTICE));
    }

    @Test
    void every_type_of_deadline_names_the_action_its_owner_can_still_take() {
        LocalDate day = today.plusDays(70);
        ContractDetails renewing = fixtures.active(day, 20, true);
        ContractDetails ending = fixtures.active(day, 20, false);
        long autoPlan = plan(BillingCycle.ANNUAL, day, true, 20, YearMonth.from(day));
        long manualPlan = plan(BillingCycle.ANNUAL, day, false, 20, YearMonth.from(day));
        ReviewFixtures.World world = reviews.world();
        long review = reviews.start(world, day).campaign().id();

        Map<DeadlineType, List<@Nullable DeadlineAction>> seen = new EnumMap<>(DeadlineType.class);
        List<Deadline> items = new ArrayList<>();
        // one day at a time, so that the demo's other deadlines never cut the answer
        for (LocalDate one : new java.util.TreeSet<>(
                Set.of(day.minusDays(20), day, YearMonth.from(day).atEndOfMonth()))) {
            CalendarResult result =
                    users.as("admin", () -> calendar.deadlines(new CalendarQuery(one, one, Set.of(), null, null)));
            assertThat(result.truncated()).isFalse();
            items.addAll(result.items());
        }
        for (Deadline d : items) {
            boolean ours = (d.source().equals("contract")
                            && Set.of(renewing.id(), ending.id()).contains(d.sourceId()))
                    || (d.source().equals("payment")
                            && Set.of(autoPlan, manualPlan).contains(d.sourceId()))
                    || (d.source().equals("review") && d.sourceId() == review);
            if (ours) {
                seen.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d.action());
            }
        }

        assertThat(seen.keySet())
                .as("every type of deadline is checked here")
                .isEqualTo(EnumSet.allOf(DeadlineType.class));
        assertThat(seen.get(DeadlineType.CONTRACT_NOTICE))
                .containsExactlyInAnyOrder(DeadlineAction.GIVE_NOTICE, DeadlineAction.DECIDE);
        assertThat(seen.get(DeadlineType.CONTRACT_END)).containsExactlyInAnyOrder(null, DeadlineAction.RENEW);
        assertThat(seen.get(DeadlineType.RENEWAL_NOTICE))
                .containsExactlyInAnyOrder(DeadlineAction.GIVE_NOTICE, DeadlineAction.DECIDE);
        assertThat(seen.get(DeadlineType.RENEWAL)).containsExactlyInAnyOrder(null, DeadlineAction.RENEW);
        assertThat(seen.get(DeadlineType.CARD_EXPIRY))
                .containsExactlyInAnyOrder(DeadlineAction.REPLACE_CARD, DeadlineAction.REPLACE_CARD);
        assertThat(seen.get(DeadlineType.REVIEW_DUE)).containsExactly(DeadlineAction.DECIDE);
    }
}
