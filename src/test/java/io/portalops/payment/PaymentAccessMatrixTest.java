package io.portalops.payment;

import static io.portalops.payment.PaymentFixtures.Caller.ACCOUNT_MANAGER;
import static io.portalops.payment.PaymentFixtures.Caller.ADMIN;
import static io.portalops.payment.PaymentFixtures.Caller.ANALYST;
import static io.portalops.payment.PaymentFixtures.Caller.APPROVER;
import static io.portalops.payment.PaymentFixtures.Caller.AUDITOR;
import static io.portalops.payment.PaymentFixtures.Caller.PRODUCT_ADMIN_OF_ANOTHER_PRODUCT;
import static io.portalops.payment.PaymentFixtures.Caller.PRODUCT_ADMIN_OF_IT;
import static io.portalops.payment.PaymentFixtures.Caller.SERVICE_ADMIN_OF_ANOTHER_SERVICE;
import static io.portalops.payment.PaymentFixtures.Caller.SERVICE_ADMIN_OF_ITS_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.payment.PaymentFixtures.Target;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.storage.StoredPaths;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The RBAC matrix of the payment services: every role against every public method of {@link PaymentRegister} and
 * {@link PaymentInvoices}, on a product of its own. ALLOWED: done, card data in clear; MASKED: done, card holder and
 * expiry masked; NOT_FOUND: the row does not exist for the caller (absent from lists); FORBIDDEN: refused (403).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentAccessMatrixTest {

    enum Outcome {
        ALLOWED,
        MASKED,
        NOT_FOUND,
        FORBIDDEN
    }

    enum Call {
        SEARCH,
        COUNT,
        GET,
        CREATE,
        UPDATE,
        DELETE,
        HISTORY,
        PRODUCTS_WITHOUT_RECORD,
        LIST_INVOICES,
        UPLOAD_INVOICE,
        OPEN_INVOICE,
        DELETE_INVOICE,
        MARK_REVIEWED,
        MATCHING_IDS;

        boolean writes() {
            return Stream.of(
                            CREATE,
                            UPDATE,
                            DELETE,
                            PRODUCTS_WITHOUT_RECORD,
                            UPLOAD_INVOICE,
                            DELETE_INVOICE,
                            MARK_REVIEWED)
                    .anyMatch(c -> c == this);
        }

        boolean showsCard() {
            return Stream.of(SEARCH, GET, HISTORY).anyMatch(c -> c == this);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRegister register;

    @Autowired
    PaymentInvoices invoices;

    @Autowired
    TestUsers users;

    PaymentFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new PaymentFixtures(context);
    }

    /** What each caller may do, written out per role so that the table reads like the rules. */
    static Outcome expected(Caller caller, Call call) {
        return switch (caller) {
            case ADMIN, SERVICE_ADMIN_OF_ITS_SERVICE -> Outcome.ALLOWED;
            case SERVICE_ADMIN_OF_ANOTHER_SERVICE -> Outcome.NOT_FOUND;
            case PRODUCT_ADMIN_OF_IT ->
                call.writes() ? Outcome.FORBIDDEN : call.showsCard() ? Outcome.MASKED : Outcome.ALLOWED;
            case PRODUCT_ADMIN_OF_ANOTHER_PRODUCT -> call.writes() ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
            case ACCOUNT_MANAGER, ANALYST, APPROVER, AUDITOR -> Outcome.FORBIDDEN;
        };
    }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Caller.values())
                .flatMap(caller ->
                        Arrays.stream(Call.values()).map(call -> Arguments.of(caller, call, expected(caller, call))));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void each_role_may_use_each_payment_method_only_as_the_matrix_says(Caller caller, Call call, Outcome expected) {
        Target target = fixtures.target();
        long newProduct = call == Call.CREATE ? fixtures.newProduct() : 0;
        BillingForm asRead =
                users.as("admin", () -> register.get(target.recordId()).form());
        Outcome actual;
        try {
            actual = users.as(fixtures.username(caller), () -> invoke(call, target, newProduct, asRead));
        } catch (AccessDeniedException e) {
            actual = Outcome.FORBIDDEN;
        } catch (RuleViolationException e) {
            assertThat(e.httpStatus()).isEqualTo(403);
            actual = Outcome.FORBIDDEN;
        } catch (NotFoundException e) {
            actual = Outcome.NOT_FOUND;
        }
        assertThat(actual).isEqualTo(expected);
        if (actual != Outcome.ALLOWED && actual != Outcome.MASKED) {
            assertUnchanged(target, newProduct);
        }
    }

    @Test
    void the_matrix_covers_every_public_method_of_the_payment_services() {
        List<String> methods = Stream.of(PaymentRegister.class, PaymentInvoices.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .sorted()
                .toList();
        assertThat(methods)
                .containsExactlyInAnyOrder(
                        "PaymentRegister.search",
                        "PaymentRegister.count",
                        "PaymentRegister.get",
                        "PaymentRegister.create",
                        "PaymentRegister.update",
                        "PaymentRegister.delete",
                        "PaymentRegister.history",
                        "PaymentRegister.productsWithoutRecord",
                        "PaymentRegister.markReviewed",
                        "PaymentRegister.matchingIds",
                        "PaymentInvoices.list",
                        "PaymentInvoices.upload",
                        "PaymentInvoices.open",
                        "PaymentInvoices.delete");
        assertThat(Call.values()).hasSize(methods.size());
    }

    /** Calls the method as the current user; {@code form} is the record as ADMIN read it, so that no other call comes first. */
    private Outcome invoke(Call call, Target target, long newProduct, BillingForm form) {
        return switch (call) {
            case SEARCH ->
                register
                        .search(new PaymentFilter(null, target.productId(), null, null, null), List.of(), 0, 10)
                        .items()
                        .stream()
                        .filter(i -> i.id() == target.recordId())
                        .findFirst()
                        .map(i -> masked(i.cardExpiry()))
                        .orElse(Outcome.NOT_FOUND);
            case COUNT ->
                register.count(new PaymentFilter(null, target.productId(), null, null, null))
                                .equals(RowCount.exact(1))
                        ? Outcome.ALLOWED
                        : Outcome.NOT_FOUND;
            case GET -> masked(register.get(target.recordId()).card().expiry());
            case CREATE -> {
                BillingDetails created = register.create(
                        PaymentFixtures.cardForm(newProduct, LocalDate.now().plusYears(1), YearMonth.now()));
                assertThat(created.productId()).isEqualTo(newProduct);
                yield masked(created.card().expiry());
            }
            case UPDATE -> {
                BillingDetails updated = register.update(
                        target.recordId(),
                        new BillingForm(
                                form.productId(),
                                form.cycle(),
                                new BigDecimal("1300.00"),
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
                                form.version()));
                assertThat(updated.amount().amount()).isEqualByComparingTo("1300.00");
                yield masked(updated.card().expiry());
            }
            case DELETE -> {
                register.delete(target.recordId(), form.version());
                yield Outcome.ALLOWED;
            }
            case HISTORY -> {
                String expiry = register.history(target.recordId()).getLast().fields().stream()
                        .filter(f -> f.field().equals("Card expiry"))
                        .findFirst()
                        .orElseThrow()
                        .newValue();
                yield masked(expiry);
            }
            case PRODUCTS_WITHOUT_RECORD -> {
                long free = fixtures.newProduct();
                yield register.productsWithoutRecord().stream().anyMatch(p -> p.id() == free)
                        ? Outcome.ALLOWED
                        : Outcome.NOT_FOUND;
            }
            case LIST_INVOICES -> {
                assertThat(invoices.list(target.recordId()))
                        .extracting(InvoiceInfo::id)
                        .containsExactly(target.invoiceId());
                yield Outcome.ALLOWED;
            }
            case UPLOAD_INVOICE -> {
                invoices.upload(
                        target.recordId(),
                        PaymentFixtures.invoiceForm(),
                        "second.pdf",
                        new ByteArrayInputStream(PaymentFixtures.PDF));
                yield Outcome.ALLOWED;
            }
            case OPEN_INVOICE -> {
                assertThat(StoredPaths.of(invoices.open(target.recordId(), target.invoiceId())
                                .content()))
                        .hasBinaryContent(PaymentFixtures.PDF);
                yield Outcome.ALLOWED;
            }
            case DELETE_INVOICE -> {
                invoices.delete(target.recordId(), target.invoiceId());
                yield Outcome.ALLOWED;
            }
            case MARK_REVIEWED -> {
                assertThat(register.markReviewed(target.recordId()).reviewedAt())
                        .isNotNull();
                yield Outcome.ALLOWED;
            }
            case MATCHING_IDS ->
                register.matchingIds(new PaymentFilter(null, target.productId(), null, null, null), 10)
                                .contains(target.recordId())
                        ? Outcome.ALLOWED
                        : Outcome.NOT_FOUND;
        };
    }

    private static Outcome masked(String expiry) {
        return CardExpiry.MASKED.equals(expiry) ? Outcome.MASKED : Outcome.ALLOWED;
    }

    /** A refused call changed nothing: the record, its version and its one invoice are as the fixture left them. */
    private void assertUnchanged(Target target, long newProduct) {
        users.run("admin", () -> {
            BillingDetails record = register.get(target.recordId());
            assertThat(record.version()).isZero();
            assertThat(record.reviewedAt()).isNull();
            assertThat(record.amount().amount()).isEqualByComparingTo("1200.00");
            assertThat(invoices.list(target.recordId()))
                    .extracting(InvoiceInfo::id)
                    .containsExactly(target.invoiceId());
            if (newProduct != 0) {
                assertThat(register.search(new PaymentFilter(null, newProduct, null, null, null), List.of(), 0, 10)
                                .items())
                        .isEmpty();
            }
        });
    }
}
