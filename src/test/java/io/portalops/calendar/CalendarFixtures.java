package io.portalops.calendar;

import io.portalops.TestUsers;
import io.portalops.contract.ContractDetails;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.payment.PaymentFixtures;
import io.portalops.payment.PaymentFixtures.Caller;
import io.portalops.security.AccountService;
import io.portalops.security.NewAccount;
import io.portalops.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar's test data: an active contract of the demo account manager (ending in 300 days, 45 days' notice, not
 * renewing by itself), another account manager owning nothing, and the payment fixtures' product with a card-paid
 * record (renewal in 40 days, one month's notice, card expiring at the end of this month).
 */
final class CalendarFixtures {

    static final String PASSWORD = "a-Long-enough-pass-1";

    final String prefix = "cal" + UUID.randomUUID().toString().substring(0, 6);
    final PaymentFixtures payments;
    final PaymentFixtures.Target payment;
    final ContractDetails contract;
    /** Ends in 10 days with 30 days' notice: its notice deadline has passed. */
    final ContractDetails lateContract;

    final long managerId;
    final String otherManager;
    final LocalDate today = LocalDate.now();
    final LocalDate contractEnd = today.plusDays(300);
    final LocalDate contractNotice = contractEnd.minusDays(45);
    private final TestUsers users;
    private final ContractService contracts;
    private final JdbcTemplate jdbc;
    private final long customer;

    CalendarFixtures(ApplicationContext context) {
        users = context.getBean(TestUsers.class);
        AccountService accounts = context.getBean(AccountService.class);
        contracts = context.getBean(ContractService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        payments = new PaymentFixtures(context);
        payment = payments.target();
        managerId = jdbc.queryForObject("select id from account where username = 'manager'", Long.class);
        customer = jdbc.queryForObject("select min(id) from customer where owner_id = ?", Long.class, managerId);
        contract = active(contractEnd, 45, false);
        lateContract = active(today.plusDays(10), 30, false);
        otherManager = prefix + "mgr";
        users.run(
                "admin",
                () -> accounts.create(new NewAccount(
                        otherManager, "Other " + otherManager, null, Set.of(Role.ACCOUNT_MANAGER), PASSWORD)));
        jdbc.update("update account set must_change_password = false where username = ?", otherManager);
    }

    /** An active contract of the demo account manager, ending on {@code end}. */
    ContractDetails active(LocalDate end, int notice, boolean autoRenew) {
        ContractDetails draft = users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "Calendar " + prefix,
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("1000"),
                        "EUR",
                        today.minusDays(60),
                        end,
                        autoRenew,
                        notice,
                        null)));
        // the lifecycle is tested elsewhere; here the contract only needs to be in force
        jdbc.update("update contract set status = 'ACTIVE' where id = ?", draft.id());
        return draft;
    }

    String user(Caller caller) {
        return payments.username(caller);
    }
}
