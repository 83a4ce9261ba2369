package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mentions and attachments stay within the contract's scope (docs/security/row-scope.md, ADR 022). */
@SpringBootTest
class ContractRowScopeTest {

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    ContractAttachments attachments;

    @Autowired
    AccountService accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "rs" + UUID.randomUUID().toString().substring(0, 5);

    String newAccount(String name, Role... roles) {
        String username = prefix + name;
        users.run(
                "admin",
                () -> accounts.create(
                        new NewAccount(username, "Scope " + username, null, Set.of(roles), "a-Long-enough-pass-1")));
        jdbc.update("update account set must_change_password = false where username = ?", username);
        return username;
    }

    ContractDetails draft(String manager) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                manager);
        return users.as(
                manager,
                () -> contracts.create(new ContractForm(
                        customer,
                        "Scope " + prefix,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("1000"),
                        "EUR",
                        LocalDate.now().plusDays(10),
                        LocalDate.now().plusYears(1),
                        true,
                        60,
                        null)));
    }

    @Test
    void mention_suggestions_offer_only_accounts_that_may_open_the_contract() {
        String otherManager = newAccount("mgr", Role.ACCOUNT_MANAGER);
        String analyst = newAccount("ana", Role.ANALYST);
        String approver = newAccount("apr", Role.APPROVER);
        String serviceAdmin = newAccount("sva", Role.SERVICE_ADMIN);
        ContractDetails draft = draft("manager");

        assertThat(users.as("manager", () -> contracts.mentionable(draft.id(), prefix, 10)))
                .extracting(AccountSummary::username)
                .containsExactly(analyst);
        ContractDetails pending = users.as("manager", () -> actions.submit(draft.id()));
        assertThat(users.as("manager", () -> contracts.mentionable(pending.id(), prefix, 10)))
                .extracting(AccountSummary::username)
                .containsExactlyInAnyOrder(analyst, approver)
                .doesNotContain(otherManager, serviceAdmin);
    }

    @Test
    void a_note_mentioning_someone_who_cannot_open_the_contract_is_refused_and_nothing_is_stored() {
        String otherManager = newAccount("mgr", Role.ACCOUNT_MANAGER);
        String analyst = newAccount("ana", Role.ANALYST);
        ContractDetails draft = draft("manager");
        int before = jdbc.queryForObject(
                "select count(*) from contract_comment where contract_id = ?", Integer.class, draft.id());

        assertThatThrownBy(() -> users.as("manager", () -> actions.note(draft.id(), "Please look, @" + otherManager)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("@" + otherManager + " cannot open this contract");
        assertThatThrownBy(
                        () -> users.as("manager", () -> actions.note(draft.id(), "Please look, @" + prefix + "nobody")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot open this contract");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_comment where contract_id = ?", Integer.class, draft.id()))
                .isEqualTo(before);

        assertThat(users.as("manager", () -> actions.note(draft.id(), "Please look, @" + analyst))
                        .comments())
                .hasSize(before + 1);
    }

    @Test
    void an_approver_attaches_only_while_the_contract_awaits_their_decision_and_an_analyst_to_any() {
        String approver = newAccount("apr", Role.APPROVER);
        String managerApprover = newAccount("mga", Role.ACCOUNT_MANAGER, Role.APPROVER);
        String analyst = newAccount("ana", Role.ANALYST);
        ContractDetails pending =
                users.as("manager", () -> actions.submit(draft("manager").id()));

        assertThat(users.as(approver, () -> attachments.upload(pending.id(), "a.pdf", pdf()))
                        .name())
                .isEqualTo("a.pdf");
        assertThat(users.as(analyst, () -> attachments.upload(pending.id(), "b.pdf", pdf()))
                        .name())
                .isEqualTo("b.pdf");
        users.run(approver, () -> actions.approve(pending.id(), null));

        // decided: still readable by the approver who decided it, but no longer open to their files
        assertThat(users.as(approver, () -> contracts.get(pending.id())).status())
                .isEqualTo(ContractStatus.APPROVED);
        assertThatThrownBy(() -> users.as(approver, () -> attachments.upload(pending.id(), "c.pdf", pdf())))
                .isInstanceOf(ActionRefusedException.class);
        // a manager who is also an approver writes like a manager on other managers' contracts: not at all
        assertThatThrownBy(() -> users.as(managerApprover, () -> attachments.upload(pending.id(), "d.pdf", pdf())))
                .isInstanceOf(io.portalops.shared.NotFoundException.class);
        assertThat(users.as(analyst, () -> attachments.upload(pending.id(), "e.pdf", pdf()))
                        .name())
                .isEqualTo("e.pdf");
        assertThat(jdbc.queryForList(
                        "select original_name from contract_attachment where contract_id = ? order by id",
                        String.class,
                        pending.id()))
                .containsExactly("a.pdf", "b.pdf", "e.pdf");
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream(ContractAttachmentsTest.PDF);
    }
}
