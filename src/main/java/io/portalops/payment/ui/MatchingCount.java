package io.portalops.payment.ui;

import io.portalops.payment.PaymentFilter;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.paging.RowCount;
import org.jspecify.annotations.Nullable;

/**
 * How many billing records match the filter, for the bulk menu's "select all matching (N)": asked on every change of
 * the selection, so it is kept until the filter changes or the rows do.
 */
final class MatchingCount {

    private final PaymentRegister payments;
    private @Nullable PaymentFilter filter;
    private RowCount count = RowCount.exact(0);

    MatchingCount(PaymentRegister payments) {
        this.payments = payments;
    }

    RowCount of(PaymentFilter current) {
        if (!current.equals(filter)) {
            count = RowCount.ofCapped(
                    payments.matchingIds(current, RowCount.CAP + 1).size(), RowCount.CAP);
            filter = current;
        }
        return count;
    }

    void forget() {
        filter = null;
    }
}
