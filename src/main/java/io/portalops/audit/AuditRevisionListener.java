package io.portalops.audit;

import io.portalops.shared.security.AccountPrincipal;
import org.hibernate.envers.RevisionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the authenticated account. Reads the security context directly: Envers creates
 * listeners itself, outside the Spring context.
 */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getPrincipal() == null) {
            revision.setActor(null, "system");
            return;
        }
        revision.setActor(accountIdOf(authentication.getPrincipal()), authentication.getName());
    }

    private static @Nullable Long accountIdOf(Object principal) {
        return principal instanceof AccountPrincipal account ? account.getAccountId() : null;
    }
}
