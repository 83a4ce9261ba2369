package io.portalops.contract.ui;

import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Contracts made through the services as the people who would make them, for the view tests. */
record ContractUiFixtures(
        ContractService contracts,
        ContractActions actions,
        TestUsers users,
        JdbcTemplate jdbc,
        UserDetailsService userDetails) {

    long customerOf(String manager) {
        return jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                manager);
    }

    ContractDetails draft(String manager, String amountEur) {
        String title = "UI contract " + UUID.randomUUID().toString().substring(0, 8);
        return users.as(
                manager,
                () -> contracts.create(new ContractForm(
                        customerOf(manager),
                        title,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal(amountEur),
                        "EUR",
                        LocalDate.now().plusDays(10),
                        LocalDate.now().plusYears(1),
                        true,
                        60,
                        null)));
    }

    ContractDetails pending(String manager, String amountEur) {
        long id = draft(manager, amountEur).id();
        return users.as(manager, () -> actions.submit(id));
    }

    /** Switches the signed-in user for what follows in this test (the services read the security context). */
    void signInAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
