package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.customer.CustomerService;
import io.portalops.customer.PiiField;
import io.portalops.jobs.Jobs;
import io.portalops.security.AccountService;
import io.portalops.security.AccountUserDetails;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.security.TokenPair;
import io.portalops.security.TokenService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Each kind of security-relevant or mutating action the issue names reaches the audit log, with its actor. */
@SpringBootTest
class AuditTrailTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    CustomerService customers;

    @Autowired
    Jobs jobs;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    Map<String, Object> last(String action, String targetId) {
        return jdbc.queryForMap(
                "select actor_type, actor_name, target_type, details::text as details from audit_log "
                        + "where action = ? and target_id is not distinct from ? order by seq desc limit 1",
                action,
                targetId);
    }

    String newAccount() {
        String username = "au" + UUID.randomUUID().toString().substring(0, 8);
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        username, "Audit " + username, null, Set.of(Role.ANALYST), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    /** A new contract of the manager's, submitted for approval. */
    long submittedContract(String title) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        long contract = users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customer,
                                title + " " + UUID.randomUUID().toString().substring(0, 6),
                                ContractType.SUBSCRIPTION,
                                new BigDecimal("1000"),
                                "EUR",
                                LocalDate.now().plusDays(5),
                                LocalDate.now().plusYears(1),
                                false,
                                30,
                                null)))
                .id();
        users.run("manager", () -> actions.submit(contract));
        return contract;
    }

    long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    @Test
    void sign_ins_failed_sign_ins_and_lockouts_are_logged() {
        String username = newAccount();
        authentication.authenticate(new UsernamePasswordAuthenticationToken(username, "a-Long-enough-pass-1"));
        assertThat(last("auth.login", Long.toString(id(username))))
                .containsEntry("actor_name", username)
                .containsEntry("actor_type", "ACCOUNT");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() ->
                            authentication.authenticate(new UsernamePasswordAuthenticationToken(username, "wrong")))
                    .isInstanceOf(AuthenticationException.class);
        }
        // aggregated (ADR 018): the first failure at once, the rest with their count when the window closes
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'auth.login_failed' and actor_name = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
        assertThat(last("auth.locked", Long.toString(id(username)))).containsEntry("actor_type", "SYSTEM");
    }

    @Test
    void a_failed_sign_in_with_a_nul_character_or_a_very_long_name_is_refused_as_such_and_logged() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String nul = "nul" + marker + "\u0000x";
        assertThatThrownBy(() -> authentication.authenticate(new UsernamePasswordAuthenticationToken(nul, "whatever")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'auth.login_failed' and actor_name = ?",
                        Integer.class,
                        "nul" + marker + "\uFFFDx"))
                .isEqualTo(1);

        String longName = marker + "y".repeat(5_000);
        assertThatThrownBy(() ->
                        authentication.authenticate(new UsernamePasswordAuthenticationToken(longName, "whatever")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject(
                        "select length(details ->> 'username') from audit_log where action = 'auth.login_failed' "
                                + "and actor_name like ? order by seq desc limit 1",
                        Integer.class,
                        marker + "%"))
                .isEqualTo(200);
    }

    @Test
    void role_changes_name_the_roles_before_and_after_and_the_admin_who_changed_them() {
        String username = newAccount();
        users.run("admin", () -> accounts.changeRoles(id(username), Set.of(Role.ANALYST, Role.AUDITOR)));
        Map<String, Object> entry = last("account.roles_changed", Long.toString(id(username)));
        assertThat(entry).containsEntry("actor_name", "admin");
        assertThat((String) entry.get("details"))
                .contains("\"before\": [\"ANALYST\"]")
                .contains("\"after\": [\"ANALYST\", \"AUDITOR\"]");
    }

    @Test
    void an_approval_is_logged_in_the_same_transaction_as_the_decision() {
        long contract = submittedContract("Audited");
        users.run("approver", () -> actions.approve(contract, "Fine"));
        assertThat(last("contract.approved", Long.toString(contract)))
                .containsEntry("actor_name", "approver")
                .containsEntry("target_type", "contract");
        assertThat(last("contract.submitted", Long.toString(contract))).containsEntry("actor_name", "manager");

        assertThatThrownBy(() -> users.run("approver", () -> actions.approve(contract, "Again")))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'contract.approved' and target_id = ?",
                        Integer.class,
                        Long.toString(contract)))
                .as("a refused approval leaves no entry")
                .isEqualTo(1);
    }

    @Test
    void an_approval_rolled_back_after_its_audit_entry_was_written_leaves_neither_the_decision_nor_the_entry() {
        long contract = submittedContract("Rolled back");
        String target = Long.toString(contract);
        transactions.executeWithoutResult(status -> {
            users.run("approver", () -> actions.approve(contract, "Fine"));
            entityManager.flush();
            assertThat(decisions(contract))
                    .as("the decision, inside the transaction")
                    .isEqualTo(1);
            assertThat(approvedEntries(target))
                    .as("the audit entry, inside the transaction")
                    .isEqualTo(1);
            // whatever fails after the audit row was written (a later write, a constraint at commit) undoes both
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select status from contract where id = ?", String.class, contract))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(decisions(contract)).as("decision left after the rollback").isZero();
        assertThat(approvedEntries(target))
                .as("audit entry left after the rollback")
                .isZero();

        users.run("approver", () -> actions.approve(contract, "Fine"));
        assertThat(decisions(contract)).isEqualTo(1);
        assertThat(approvedEntries(target)).isEqualTo(1);
    }

    int decisions(long contract) {
        return jdbc.queryForObject(
                "select count(*) from contract_approval where contract_id = ?", Integer.class, contract);
    }

    int approvedEntries(String target) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'contract.approved' and target_id = ?",
                Integer.class,
                target);
    }

    @Test
    void a_rejection_is_logged_with_its_reason() {
        long contract = submittedContract("Rejected");
        users.run("approver", () -> actions.reject(contract, "Price is above the benchmark"));
        Map<String, Object> entry = last("contract.rejected", Long.toString(contract));
        assertThat(entry).containsEntry("actor_name", "approver");
        assertThat((String) entry.get("details")).contains("Price is above the benchmark");
    }

    @Test
    void a_replayed_refresh_token_is_logged_against_its_account() {
        AccountUserDetails manager = (AccountUserDetails) userDetails.loadUserByUsername("manager");
        TokenPair first = tokens.issue(manager);
        assertThat(tokens.refresh(first.refreshToken())).isInstanceOf(TokenService.RefreshOutcome.Rotated.class);
        int before = jdbc.queryForObject(
                "select count(*) from audit_log where action = 'auth.refresh_reuse'", Integer.class);
        assertThat(tokens.refresh(first.refreshToken())).isInstanceOf(TokenService.RefreshOutcome.Refused.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'auth.refresh_reuse'", Integer.class))
                .isEqualTo(before + 1);
        assertThat(last("auth.refresh_reuse", Long.toString(manager.getAccountId())))
                .containsEntry("target_type", "account");
    }

    @Test
    void a_reveal_of_personal_data_is_logged_with_its_reason() {
        long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        users.run("admin", () -> customers.reveal(customer, PiiField.EMAIL, "Customer asked for a copy of their data"));
        Map<String, Object> entry = last("pii.reveal", Long.toString(customer));
        assertThat(entry).containsEntry("actor_name", "admin");
        assertThat((String) entry.get("details"))
                .contains("Customer asked for a copy of their data")
                .contains("EMAIL");
    }

    @Test
    void run_now_is_logged_with_the_admin_who_asked() throws Exception {
        users.as("admin", () -> jobs.runNow("idempotency-key-purge")).get();
        assertThat(last("job.run_now", "idempotency-key-purge"))
                .containsEntry("actor_name", "admin")
                .containsEntry("actor_type", "ACCOUNT");
    }
}
