package io.portalops.export;

import io.portalops.shared.security.AccountPrincipal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account that asks for an export, and the roles it holds. */
record ExportCaller(long accountId, String username, Set<String> roles) {

    static ExportCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal account)) {
            throw new AccessDeniedException("Exports are made by signed-in accounts.");
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
        return new ExportCaller(account.getAccountId(), account.getUsername(), roles);
    }

    /** Refuses unless the caller holds one of the roles that may export the grid. */
    ExportCaller mayExport(ExportQuery query) {
        return mayExport(query.roles(), query.title());
    }

    ExportCaller mayExport(Set<String> allowed, String what) {
        if (allowed.stream().noneMatch(roles::contains)) {
            throw new ExportRefusedException(what);
        }
        return this;
    }
}
