package io.portalops.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.contract.ActionRefusedException;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractService;
import io.portalops.contract.FlagSeverity;
import io.portalops.customer.CustomerService;
import io.portalops.customer.PiiField;
import io.portalops.event.EventLog;
import io.portalops.inventory.SaasCatalog;
import io.portalops.jobs.Jobs;
import io.portalops.payment.PaymentRegister;
import io.portalops.security.AccountService;
import io.portalops.shared.NotFoundException;
import io.portalops.workflow.WorkflowService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The AUDITOR reads the audit log and checks its chain, and nothing else; only ADMIN shares that, every other role is
 * refused it. Checked at the services, where the rules live, not only in the menu.
 */
@SpringBootTest
class AuditorAccessTest {

    @Autowired
    TestUsers users;

    @Autowired
    AuditReader reader;

    @Autowired
    AuditLog audit;

    @Autowired
    CustomerService customers;

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    AccountService accounts;

    @Autowired
    Jobs jobs;

    @Autowired
    EventLog events;

    @Autowired
    PaymentRegister payments;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"auditor", "admin"})
    void auditor_and_admin_read_the_log_and_verify_the_chain(String username) {
        long seq = audit.record(AuditEntry.of("test.reader_access", "test", username, Map.of()));
        assertThat(users.as(
                        username,
                        () -> reader.search(
                                        new AuditFilter("test.reader_access", null, "test", username, null, null),
                                        0,
                                        10)
                                .items()))
                .extracting(AuditLogItem::seq)
                .contains(seq);
        assertThat(users.as(username, () -> reader.verify(n -> {})).intactUpTo())
                .isGreaterThanOrEqualTo(seq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "analyst", "approver", "serviceadmin", "productadmin"})
    void other_roles_may_neither_read_nor_verify_the_log(String username) {
        assertThatThrownBy(() -> users.run(username, () -> reader.search(AuditFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(username, () -> reader.verify(n -> {})))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(username, reader::newestSeq)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_auditor_is_refused_every_other_area() {
        List<Runnable> elsewhere = List.of(
                () -> customers.search(null, List.of(), 0, 10),
                () -> customers.reveal(anyCustomer(), PiiField.EMAIL, "curious"),
                () -> contracts.search(null, List.of(), 0, 10),
                () -> accounts.list(),
                () -> jobs.list(),
                () -> jobs.runNow("audit-anchor"),
                () -> events.search(null, null, 10),
                () -> payments.search(null, List.of(), 0, 10),
                () -> catalog.services(null),
                () -> workflow.search(null, 0, 10));
        for (int i = 0; i < elsewhere.size(); i++) {
            Runnable call = elsewhere.get(i);
            assertThatThrownBy(() -> users.run("auditor", call))
                    .as("call %d", i)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_auditor_cannot_note_or_flag_a_contract() {
        long contract = jdbc.queryForObject("select min(id) from contract", Long.class);
        int notes = jdbc.queryForObject("select count(*) from contract_comment", Integer.class);
        int flags = jdbc.queryForObject("select count(*) from contract_flag", Integer.class);
        assertThatThrownBy(() -> users.run("auditor", () -> actions.note(contract, "An auditor's remark")))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class, ActionRefusedException.class);
        assertThatThrownBy(() ->
                        users.run("auditor", () -> actions.flag(contract, FlagSeverity.HIGH, "An auditor's flag")))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class, ActionRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from contract_comment", Integer.class))
                .isEqualTo(notes);
        assertThat(jdbc.queryForObject("select count(*) from contract_flag", Integer.class))
                .isEqualTo(flags);
    }

    long anyCustomer() {
        return jdbc.queryForObject("select min(id) from customer", Long.class);
    }
}
