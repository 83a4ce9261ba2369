package io.portalops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.contract.ContractFilter;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P1 with the counts the grids show (issue #22, docs/benchmarks.md "Grid pages with their counts"): one page of 50 and
 * the grid's capped count (ADR 036), through the same service calls as the Customers and Contracts grids, on the demo
 * generator's data at scale (1,000,000 customers and about 3,000,000 contracts by default). Not part of the suite; a
 * context of its own that seeds for minutes:
 * {@code -Dtest=GridPageWithCountBenchmarkTest -Dbenchmark.counts=true [-Dbenchmark.counts.customers=N]}.
 */
@SpringBootTest(
        properties = {
            "portalops.demo.customers=${benchmark.counts.customers:1000000}",
            "portalops.demo.events=0",
            "portalops.demo.people=100",
        })
@EnabledIfSystemProperty(named = "benchmark.counts", matches = "true")
class GridPageWithCountBenchmarkTest {

    private static final int RUNS = 11;

    @Autowired
    CustomerService customers;

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_page_and_its_count_per_filter() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("customers: " + jdbc.queryForObject("select count(*) from customer", Long.class) + ", contracts: "
                + jdbc.queryForObject("select count(*) from contract", Long.class));
        lines.add("");
        lines.add("| grid | filter | page of 50, median ms | count, median ms | count shown | page + count, p95 ms |");
        lines.add("|---|---|---|---|---|---|");
        customer(lines, "none", CustomerFilter.none());
        customer(lines, "name contains 'smith'", new CustomerFilter("smith", null, null, null, null, null, null, null));
        customer(
                lines,
                "name contains 'xyz' (no match)",
                new CustomerFilter("xyz", null, null, null, null, null, null, null));
        customer(
                lines,
                "status Suspended",
                new CustomerFilter(null, CustomerStatus.SUSPENDED, null, null, null, null, null, null));
        customer(lines, "country NO", new CustomerFilter(null, null, null, "NO", null, null, null, null));
        contract(lines, "none", ContractFilter.none());
        contract(lines, "status Active", filter(ContractStatus.ACTIVE, null, null, null));
        contract(lines, "value from 100,000", filter(null, new BigDecimal("100000"), null, null));
        contract(lines, "flagged only", filter(null, null, Boolean.TRUE, null));
        contract(lines, "text 'xyz' (no match)", filter(null, null, null, "xyz"));
        String table = String.join("\n", lines);
        System.out.println(table);
        Files.writeString(
                Path.of(System.getProperty("basedir", "."), "target", "grid-count-benchmark.md"), table + "\n");
        assertThat(lines).hasSizeGreaterThan(4);
    }

    private static ContractFilter filter(ContractStatus status, BigDecimal min, Boolean flagged, String text) {
        return new ContractFilter(status, null, null, min, null, null, null, flagged, text, false, null, null);
    }

    private void customer(List<String> lines, String label, CustomerFilter filter) {
        row(
                lines,
                "customers",
                label,
                () -> customers.search(filter, List.of(), 0, 50).items().size(),
                () -> customers.count(filter).label());
    }

    private void contract(List<String> lines, String label, ContractFilter filter) {
        row(
                lines,
                "contracts",
                label,
                () -> contracts.search(filter, List.of(), 0, 50).items().size(),
                () -> contracts.count(filter).label());
    }

    private void row(List<String> lines, String grid, String label, Supplier<Integer> page, Supplier<String> count) {
        users.as("admin", () -> {
            page.get();
            count.get(); // warm-up
            double[] pages = new double[RUNS];
            double[] counts = new double[RUNS];
            double[] both = new double[RUNS];
            String shown = "";
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                page.get();
                long middle = System.nanoTime();
                shown = count.get();
                long end = System.nanoTime();
                pages[i] = (middle - start) / 1e6;
                counts[i] = (end - middle) / 1e6;
                both[i] = (end - start) / 1e6;
            }
            lines.add("| %s | %s | %.1f | %.1f | %s | %.1f |"
                    .formatted(grid, label, median(pages), median(counts), shown, percentile(both, 0.95)));
            return null;
        });
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
