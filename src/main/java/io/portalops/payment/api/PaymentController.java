package io.portalops.payment.api;

import io.portalops.audit.EntityChange;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.BillingForm;
import io.portalops.payment.PaymentFilter;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.payment.PaymentSortField;
import io.portalops.shared.paging.SliceResult;
import io.portalops.shared.paging.SortOrder;
import io.portalops.shared.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
@Tag(
        name = "Payments",
        description =
                "Billing records per product, within the caller's SaaS scope; card holder and expiry masked "
                        + "except for ADMIN and the admins of the product's service. A full card number is refused in every field.")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Invalid input; field errors in 'errors'", content = @Content)
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles or scope do not allow this", content = @Content)
@ApiResponse(
        responseCode = "404",
        description = "No such billing record (or product) in the caller's scope",
        content = @Content)
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", content = @Content)
class PaymentController {

    private final PaymentRegister payments;

    PaymentController(PaymentRegister payments) {
        this.payments = payments;
    }

    /** A page of billing records; {@code hasNext} says whether another page follows. */
    record PaymentPage(List<PaymentListItem> items, int page, int size, boolean hasNext) {
        static PaymentPage of(SliceResult<PaymentListItem> slice, int page) {
            return new PaymentPage(slice.items(), page, slice.limit(), slice.hasNext());
        }
    }

    @GetMapping
    @Operation(
            operationId = "searchPayments",
            summary = "Search billing records",
            description =
                    "Filters combine with AND. renewalWithinDays keeps renewals due "
                            + "within that many days or overdue; cardExpiringWithinDays keeps cards whose last valid day is within that many days or "
                            + "past, among those whose expiry the caller may see. renewalDue and cardExpiring flag the rows the Payments view highlights.")
    PaymentPage search(
            @RequestParam(required = false) @Nullable Long serviceId,
            @RequestParam(required = false) @Nullable Long productId,
            @Parameter(description = "0 to 3650") @RequestParam(required = false) @Nullable Integer renewalWithinDays,
            @Parameter(description = "0 to 3650") @RequestParam(required = false) @Nullable
                    Integer cardExpiringWithinDays,
            @RequestParam(required = false) @Nullable BillingCycle cycle,
            @Parameter(description = "0 to 3650: cancellation deadline within that many days, or passed")
                    @RequestParam(required = false)
                    @Nullable
                    Integer deadlineWithinDays,
            @Parameter(description = "true: records whose current terms were marked reviewed; false: the others")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean reviewed,
            @Parameter(description = "product, renewal, deadline or cycle, with ,asc or ,desc")
                    @RequestParam(defaultValue = "deadline,asc")
                    String sort,
            @ParameterObject PageRequestParams paging) {
        int offset = paging.offset(PaymentRegister.MAX_PAGE);
        PaymentFilter filter = new PaymentFilter(
                serviceId, productId, renewalWithinDays, cardExpiringWithinDays, cycle, deadlineWithinDays, reviewed);
        return PaymentPage.of(
                payments.search(filter, List.of(SortOrder.parse(sort, PaymentSortField.class)), offset, paging.size()),
                paging.page());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPayment", summary = "One billing record")
    BillingDetails get(@PathVariable long id) {
        return payments.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "createPayment",
            summary = "Create a product's billing record (ADMIN, or an admin of the product's service)",
            description =
                    "One record "
                            + "per product. With method CARD give cardBrand, cardLast4, cardHolder, cardExpiryMonth and cardExpiryYear; with INVOICE none "
                            + "of them. A text that looks like a full card number (13 to 19 digits passing the Luhn check) is refused in every field.")
    BillingDetails create(@RequestBody BillingForm form) {
        return payments.create(form);
    }

    @PutMapping("/{id}")
    @Operation(
            operationId = "updatePayment",
            summary = "Update a billing record",
            description = "version must be the one read; a stale version answers 409. " + "The product cannot change.")
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the record since this version was read",
            content = @Content)
    BillingDetails update(@PathVariable long id, @RequestBody BillingForm form) {
        return payments.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePayment", summary = "Delete a billing record with its invoices")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "409",
            description = "Someone else saved the record since this version was read",
            content = @Content)
    void delete(@PathVariable long id, @Parameter(description = "the version read") @RequestParam long version) {
        payments.delete(id, version);
    }

    @PostMapping("/{id}/reviewed")
    @Operation(
            operationId = "markPaymentReviewed",
            summary = "Mark the record's current terms reviewed (ADMIN, or an admin of the product's service)",
            description = "Sets reviewedAt and reviewedBy; editing the terms later clears them. Audited.")
    @ApiResponse(
            responseCode = "409",
            description = "Reviewed already since its terms last changed",
            content = @Content)
    BillingDetails markReviewed(@PathVariable long id) {
        return payments.markReviewed(id);
    }

    @GetMapping("/{id}/history")
    @Operation(
            operationId = "paymentHistory",
            summary = "The record's changes, newest first (card holder and expiry masked as for the record)")
    List<EntityChange> history(@PathVariable long id) {
        return payments.history(id);
    }
}
