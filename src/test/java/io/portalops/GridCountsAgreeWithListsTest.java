package io.portalops;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerService;
import io.portalops.directory.PersonFilter;
import io.portalops.directory.PersonService;
import io.portalops.shared.paging.RowCount;
import io.portalops.shared.paging.SliceResult;
import io.portalops.workflow.TaskFilter;
import io.portalops.workflow.WorkflowService;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The counts the grids show are taken in the database (ADR 060) and must say exactly how many rows the same search
 * lists, in the caller's scope: an account manager's own book, an approver's pending and decided contracts (a scope
 * with a subquery inside the counted one), a value range beside its raw-amount bounds, people and tasks.
 */
@SpringBootTest
class GridCountsAgreeWithListsTest {

    @Autowired
    CustomerService customers;

    @Autowired
    ContractService contracts;

    @Autowired
    PersonService people;

    @Autowired
    WorkflowService tasks;

    @Autowired
    TestUsers users;

    @Test
    void a_customer_count_is_the_rows_listed_for_the_admin_and_for_an_account_managers_own_book() {
        for (String user : List.of("admin", "manager")) {
            for (CustomerFilter filter :
                    List.of(CustomerFilter.none(), new CustomerFilter("a", null, null, null, null, null, null, null))) {
                agree(
                        user,
                        () -> customers.count(filter),
                        (offset, limit) -> customers.search(filter, List.of(), offset, limit));
            }
        }
        long all =
                users.as("admin", () -> customers.count(CustomerFilter.none()).value());
        long own =
                users.as("manager", () -> customers.count(CustomerFilter.none()).value());
        assertThat(own).as("a manager counts only their own book").isPositive().isLessThan(all);
    }

    @Test
    void a_contract_count_is_the_rows_listed_in_every_scope_and_with_a_value_range() {
        List<ContractFilter> filters = List.of(
                ContractFilter.none(),
                new ContractFilter(
                        ContractStatus.PENDING_APPROVAL, null, null, null, null, null, null, null, null, false),
                new ContractFilter(null, null, null, new BigDecimal("50000"), null, null, null, null, null, false),
                new ContractFilter(
                        null,
                        null,
                        null,
                        new BigDecimal("1000"),
                        new BigDecimal("40000"),
                        null,
                        null,
                        null,
                        null,
                        false),
                new ContractFilter(null, null, null, null, null, null, null, null, null, true));
        for (String user : List.of("admin", "manager", "approver")) {
            for (ContractFilter filter : filters) {
                agree(
                        user,
                        () -> contracts.count(filter),
                        (offset, limit) -> contracts.search(filter, List.of(), offset, limit));
            }
        }
    }

    @Test
    void a_people_count_and_a_task_count_are_the_rows_listed() {
        agree(
                "admin",
                () -> people.count(PersonFilter.none()),
                (offset, limit) -> people.search(PersonFilter.none(), List.of(), offset, limit));
        agree(
                "admin",
                () -> tasks.count(TaskFilter.none()),
                (offset, limit) -> tasks.search(TaskFilter.none(), offset, limit));
    }

    private void agree(String user, Supplier<RowCount> count, BiFunction<Integer, Integer, SliceResult<?>> page) {
        users.as(user, () -> {
            long listed = 0;
            SliceResult<?> slice;
            int offset = 0;
            do {
                slice = page.apply(offset, 200);
                listed += slice.items().size();
                offset += 200;
            } while (slice.hasNext() && listed <= RowCount.CAP);
            RowCount counted = count.get();
            assertThat(counted).as("%s's count", user).isEqualTo(RowCount.ofCapped(listed, RowCount.CAP));
            return null;
        });
    }
}
