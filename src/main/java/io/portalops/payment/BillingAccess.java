package io.portalops.payment;

import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import io.portalops.security.CurrentUser;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Finds billing records within the caller's {@link SaasScope}: a record the caller may not read is "not found"; one they
 * may read but not change is refused (403), since its existence is no secret to them.
 */
@Component
class BillingAccess {

    private final BillingRecordRepository records;
    private final SaasScopes scopes;
    private final CurrentUserProvider currentUser;

    BillingAccess(BillingRecordRepository records, SaasScopes scopes, CurrentUserProvider currentUser) {
        this.records = records;
        this.scopes = scopes;
        this.currentUser = currentUser;
    }

    SaasScope scope() {
        return scopes.current();
    }

    CurrentUser user() {
        return currentUser.require();
    }

    BillingRecord readable(long id, SaasScope scope) {
        return records.findById(id)
                .filter(r -> scope.readsPayment(r.getProductId()))
                .orElseThrow(() -> new NotFoundException("Billing record"));
    }

    BillingRecord writable(long id, SaasScope scope) {
        BillingRecord record = readable(id, scope);
        requireWrite(scope, record.getProductId());
        return record;
    }

    static void requireWrite(SaasScope scope, long productId) {
        if (!scope.writesPayment(productId)) {
            throw new RuleViolationException("Only an admin of the product's service may change its payments.", 403);
        }
    }
}
