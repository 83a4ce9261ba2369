package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.audit.EntityChange;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.payment.PaymentFixtures.Target;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.StaleDataException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentRegisterTest {

    static final String PAN = "4111 1111 1111 1111";

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRegister register;

    @Autowired
    PaymentReminders reminders;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    PaymentFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
    }

    String as(Caller caller) {
        return fixtures.username(caller);
    }

    @Test
    void the_card_expiry_and_holder_are_clear_to_admin_and_the_service_admin_and_masked_to_the_product_admin() {
        Target target = fixtures.target();
        YearMonth now = YearMonth.now();
        String clear = "%02d/%04d".formatted(now.getMonthValue(), now.getYear());
        for (Caller caller : List.of(Caller.ADMIN, Caller.SERVICE_ADMIN_OF_ITS_SERVICE)) {
            CardDetails card =
                    users.as(as(caller), () -> register.get(target.recordId())).card();
            assertThat(card.expiry()).as(caller.name()).isEqualTo(clear);
            assertThat(card.holder()).isEqualTo("Jane Doe");
            assertThat(card.expiryMonth()).isEqualTo(now.getMonthValue());
            assertThat(card.masked()).isFalse();
        }
        BillingDetails masked = users.as(as(Caller.PRODUCT_ADMIN_OF_IT), () -> register.get(target.recordId()));
        assertThat(masked.card().expiry()).isEqualTo("••/••••");
        assertThat(masked.card().holder()).isEqualTo("J••• D•••");
        assertThat(masked.card().expiryMonth()).isNull();
        assertThat(masked.card().expiryYear()).isNull();
        assertThat(masked.card().lastValidDay()).isNull();
        assertThat(masked.card().last4()).isEqualTo("4242");
        assertThat(masked.cardExpiring()).as("no hint at the expiry either").isFalse();
        assertThat(masked.editable()).isFalse();
        PaymentListItem row = users.as(
                        as(Caller.PRODUCT_ADMIN_OF_IT),
                        () -> register.search(
                                new PaymentFilter(null, target.productId(), null, null, null), List.of(), 0, 10))
                .items()
                .getFirst();
        assertThat(row.cardExpiry()).isEqualTo("••/••••");
        assertThat(row.cardLastValidDay()).isNull();
        assertThat(users.as(as(Caller.PRODUCT_ADMIN_OF_IT), () -> register.history(target.recordId()))
                        .getLast()
                        .fields())
                .filteredOn(f -> f.field().startsWith("Card"))
                .extracting(EntityChange.FieldChange::newValue)
                .contains("••/••••", "J••• D•••")
                .doesNotContain(clear, "Jane Doe");
    }

    @Test
    void card_holder_and_expiry_are_stored_encrypted_and_the_last_four_in_clear() {
        Target target = fixtures.target();
        var row = jdbc.queryForMap(
                "select card_holder_enc, card_expiry_enc, card_last4 from billing_record where id = ?",
                target.recordId());
        assertThat((String) row.get("card_holder_enc")).doesNotContain("Jane").contains(":");
        assertThat((String) row.get("card_expiry_enc"))
                .doesNotContain(Integer.toString(YearMonth.now().getYear()));
        assertThat(row.get("card_last4")).isEqualTo("4242");
    }

    @Test
    void a_card_number_in_any_text_field_is_refused_and_nothing_is_stored() {
        long product = fixtures.newProduct();
        BillingForm valid = PaymentFixtures.cardForm(
                product, LocalDate.now().plusMonths(6), YearMonth.now().plusYears(1));
        for (String field : List.of("poNumber", "cardHolder", "notes")) {
            BillingForm withPan = CardNumbersTest.withText(field, PAN);
            BillingForm form = new BillingForm(
                    product,
                    valid.cycle(),
                    valid.amount(),
                    valid.currency(),
                    valid.nextRenewal(),
                    true,
                    1,
                    NoticeUnit.MONTHS,
                    withPan.poNumber(),
                    PaymentMethod.CARD,
                    withPan.cardHolder(),
                    CardBrand.VISA,
                    "4242",
                    3,
                    2030,
                    withPan.notes(),
                    null);
            assertThatThrownBy(() -> users.run("admin", () -> register.create(form)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                            .anySatisfy(v ->
                                    assertThat(v.getPropertyPath().toString()).endsWith(field)))
                    .hasMessageContaining("full card number");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_record where product_id = ?", Integer.class, product))
                .isZero();

        BillingDetails created = users.as(
                "admin",
                () -> register.create(edit(valid, f -> CardNumbersTest.withText("poNumber", "4111111111111112"))));
        assertThat(created.poNumber())
                .as("a Luhn-invalid 16-digit number is a fine PO number")
                .isEqualTo("4111111111111112");
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> register.update(
                                created.id(),
                                edit(
                                        created.form(),
                                        f -> CardNumbersTest.withText("notes", "card 4111-1111-1111-1111")))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(users.as("admin", () -> register.get(created.id())).version())
                .isEqualTo(created.version());
    }

    @Test
    void card_fields_belong_to_card_payments_and_are_required_for_them() {
        long product = fixtures.newProduct();
        BillingForm card = PaymentFixtures.cardForm(
                product, LocalDate.now().plusMonths(6), YearMonth.now().plusYears(1));
        BillingForm noLast4 = new BillingForm(
                product,
                card.cycle(),
                card.amount(),
                "EUR",
                card.nextRenewal(),
                true,
                1,
                NoticeUnit.MONTHS,
                null,
                PaymentMethod.CARD,
                "Jane Doe",
                CardBrand.VISA,
                null,
                3,
                2030,
                null,
                null);
        assertThatThrownBy(() -> users.run("admin", () -> register.create(noLast4)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("cardLast4"));
        BillingForm invoiceWithCard = new BillingForm(
                product,
                card.cycle(),
                card.amount(),
                "EUR",
                card.nextRenewal(),
                true,
                1,
                NoticeUnit.MONTHS,
                null,
                PaymentMethod.INVOICE,
                null,
                null,
                "4242",
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> users.run("admin", () -> register.create(invoiceWithCard)))
                .isInstanceOf(InvalidInputException.class);
        BillingForm badCurrency = new BillingForm(
                product,
                card.cycle(),
                card.amount(),
                "XYZ",
                card.nextRenewal(),
                true,
                1,
                NoticeUnit.MONTHS,
                null,
                PaymentMethod.INVOICE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> users.run("admin", () -> register.create(badCurrency)))
                .hasMessageContaining("ISO 4217");
        BillingForm tooLong = new BillingForm(
                product,
                card.cycle(),
                card.amount(),
                "EUR",
                card.nextRenewal(),
                true,
                25,
                NoticeUnit.MONTHS,
                null,
                PaymentMethod.INVOICE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> users.run("admin", () -> register.create(tooLong)))
                .hasMessageContaining("24 months");
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_record where product_id = ?", Integer.class, product))
                .isZero();

        BillingDetails created = users.as("admin", () -> register.create(card));
        BillingDetails switched = users.as(
                "admin",
                () -> register.update(
                        created.id(),
                        PaymentFixtures.invoiceForm(product, created.nextRenewal())
                                .withVersion(created.version())));
        assertThat(switched.card()).isNull();
        assertThat(jdbc.queryForMap(
                        "select card_holder_enc, card_expiry_enc, card_last4 from billing_record where id = ?",
                        created.id()))
                .allSatisfy((column, value) -> assertThat(value).as(column).isNull());
    }

    @Test
    void one_record_per_product_and_a_stale_version_is_refused() {
        Target target = fixtures.target();
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> register.create(PaymentFixtures.invoiceForm(target.productId(), LocalDate.now()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has a billing record already");
        BillingForm form =
                users.as("admin", () -> register.get(target.recordId()).form());
        users.run(as(Caller.SERVICE_ADMIN_OF_ITS_SERVICE), () -> register.update(target.recordId(), form));
        assertThatThrownBy(() -> users.run("admin", () -> register.update(target.recordId(), form)))
                .isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> users.run("admin", () -> register.delete(target.recordId(), 0)))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void the_cancellation_deadline_is_computed_and_flags_the_renewal_once_inside_the_attention_window() {
        long product = fixtures.newProduct();
        LocalDate today = LocalDate.now();
        BillingDetails record = users.as(
                "admin",
                () -> register.create(PaymentFixtures.cardForm(
                        product, today.plusDays(31 + 30), YearMonth.now().plusYears(2))));
        assertThat(record.cancellationDeadline()).isEqualTo(today.plusDays(61).minusMonths(1));
        BillingForm later = edit(
                record.form(),
                f -> new BillingForm(
                        f.productId(),
                        f.cycle(),
                        f.amount(),
                        f.currency(),
                        today.plusDays(200),
                        f.autoRenew(),
                        90,
                        NoticeUnit.DAYS,
                        f.poNumber(),
                        f.method(),
                        f.cardHolder(),
                        f.cardBrand(),
                        f.cardLast4(),
                        f.cardExpiryMonth(),
                        f.cardExpiryYear(),
                        f.notes(),
                        f.version()));
        BillingDetails notYet = users.as("admin", () -> register.update(record.id(), later));
        assertThat(notYet.cancellationDeadline()).isEqualTo(today.plusDays(110));
        assertThat(notYet.renewalDue()).isFalse();
        BillingForm soon = new BillingForm(
                product,
                BillingCycle.ANNUAL,
                later.amount(),
                "EUR",
                today.plusDays(120),
                true,
                90,
                NoticeUnit.DAYS,
                null,
                PaymentMethod.CARD,
                "Jane Doe",
                CardBrand.VISA,
                "4242",
                later.cardExpiryMonth(),
                later.cardExpiryYear(),
                null,
                notYet.version());
        assertThat(users.as("admin", () -> register.update(record.id(), soon)).renewalDue())
                .as("deadline in exactly 30 days")
                .isTrue();
    }

    @Test
    void a_monthly_renewal_needs_attention_only_in_its_last_week() {
        LocalDate today = LocalDate.now();
        long product = fixtures.newProduct();
        BillingDetails inEightDays =
                users.as("admin", () -> register.create(PaymentFixtures.invoiceForm(product, today.plusDays(38))));
        assertThat(inEightDays.cancellationDeadline()).isEqualTo(today.plusDays(8));
        assertThat(inEightDays.renewalDue()).isFalse();
        BillingDetails inSevenDays = users.as(
                "admin",
                () -> register.update(
                        inEightDays.id(),
                        PaymentFixtures.invoiceForm(product, today.plusDays(37)).withVersion(inEightDays.version())));
        assertThat(inSevenDays.renewalDue()).isTrue();
    }

    @Test
    void filters_narrow_the_list_and_a_masked_card_is_never_found_by_its_expiry() {
        LocalDate today = LocalDate.now();
        long soon = fixtures.newProduct();
        long late = fixtures.newProduct();
        long monthly = fixtures.newProduct();
        users.run("admin", () -> {
            register.create(PaymentFixtures.cardForm(soon, today.plusDays(20), YearMonth.now()));
            register.create(PaymentFixtures.cardForm(
                    late, today.plusYears(1), YearMonth.now().plusYears(3)));
            register.create(PaymentFixtures.invoiceForm(monthly, today.plusDays(10)));
        });
        PaymentFilter ofService = new PaymentFilter(fixtures.serviceId, null, null, null, null);
        List<Long> all = products(Caller.SERVICE_ADMIN_OF_ITS_SERVICE, ofService);
        assertThat(all).contains(soon, late, monthly);
        assertThat(products(
                        Caller.SERVICE_ADMIN_OF_ITS_SERVICE,
                        new PaymentFilter(fixtures.serviceId, null, 30, null, null)))
                .contains(soon, monthly)
                .doesNotContain(late);
        assertThat(products(
                        Caller.SERVICE_ADMIN_OF_ITS_SERVICE,
                        new PaymentFilter(fixtures.serviceId, null, null, 31, null)))
                .contains(soon)
                .doesNotContain(late, monthly);
        assertThat(products(
                        Caller.SERVICE_ADMIN_OF_ITS_SERVICE,
                        new PaymentFilter(fixtures.serviceId, null, null, null, BillingCycle.MONTHLY)))
                .contains(monthly)
                .doesNotContain(soon, late);
        assertThat(products(Caller.PRODUCT_ADMIN_OF_IT, new PaymentFilter(null, null, null, 31, null)))
                .isEmpty();
        assertThat(products(Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE, ofService)).isEmpty();
        assertThatThrownBy(() -> products(Caller.ADMIN, new PaymentFilter(null, null, -1, null, null)))
                .isInstanceOf(InvalidInputException.class);

        List<PaymentListItem> byDeadline = users.as(
                        as(Caller.SERVICE_ADMIN_OF_ITS_SERVICE), () -> register.search(ofService, List.of(), 0, 500))
                .items();
        assertThat(byDeadline).extracting(PaymentListItem::cancellationDeadline).isSorted();
        PaymentListItem soonRow = byDeadline.stream()
                .filter(i -> i.productId() == soon)
                .findFirst()
                .orElseThrow();
        assertThat(soonRow.renewalDue()).isTrue();
        assertThat(soonRow.cardExpiring()).isTrue();
        assertThat(byDeadline.stream()
                        .filter(i -> i.productId() == late)
                        .findFirst()
                        .orElseThrow())
                .satisfies(row ->
                        assertThat(row.renewalDue() || row.cardExpiring()).isFalse());
    }

    @Test
    void reminder_reads_find_deadlines_and_card_expiries_on_the_exact_day_and_changes_are_published() {
        long product = fixtures.newProduct();
        LocalDate today = LocalDate.of(2031, 1, 5);
        BillingForm form = new BillingForm(
                product,
                BillingCycle.ANNUAL,
                new java.math.BigDecimal("10"),
                "EUR",
                LocalDate.of(2031, 3, 31),
                true,
                1,
                NoticeUnit.MONTHS,
                null,
                PaymentMethod.CARD,
                "Jane Doe",
                CardBrand.MASTERCARD,
                "5454",
                2,
                2031,
                null,
                null);
        BillingDetails record = users.as(as(Caller.SERVICE_ADMIN_OF_ITS_SERVICE), () -> register.create(form));
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.of(2031, 2, 28));

        assertThat(reminders.cancellationDeadlinesIn((int) days, today))
                .extracting(RenewalReminder::billingRecordId)
                .contains(record.id());
        assertThat(reminders.cancellationDeadlinesIn((int) days - 1, today))
                .extracting(RenewalReminder::billingRecordId)
                .doesNotContain(record.id());
        assertThat(reminders.cardsExpiringIn((int) days, today))
                .filteredOn(r -> r.billingRecordId() == record.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.expiry()).isEqualTo(new CardExpiry(2, 2031));
                    assertThat(r.last4()).isEqualTo("5454");
                    assertThat(r.productLabel()).contains("Payments");
                });
        assertThat(events.stream(BillingRecordChanged.class)).anySatisfy(e -> {
            assertThat(e.billingRecordId()).isEqualTo(record.id());
            assertThat(e.kind()).isEqualTo(BillingRecordChanged.Kind.CREATED);
        });
    }

    private List<Long> products(Caller caller, PaymentFilter filter) {
        return users.as(as(caller), () -> register.search(filter, List.of(), 0, 500)).items().stream()
                .map(PaymentListItem::productId)
                .toList();
    }

    private static BillingForm edit(BillingForm form, UnaryOperator<BillingForm> change) {
        BillingForm changed = change.apply(form);
        return new BillingForm(
                form.productId(),
                changed.cycle(),
                changed.amount(),
                changed.currency(),
                changed.nextRenewal(),
                changed.autoRenew(),
                changed.noticeAmount(),
                changed.noticeUnit(),
                changed.poNumber(),
                changed.method(),
                changed.cardHolder(),
                changed.cardBrand(),
                changed.cardLast4(),
                changed.cardExpiryMonth(),
                changed.cardExpiryYear(),
                changed.notes(),
                form.version());
    }
}
