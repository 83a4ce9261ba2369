package io.portalops.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.portalops.TestUsers;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractStatus;
import io.portalops.contract.ContractType;
import io.portalops.dashboard.DashboardRefreshJob;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard in a real Chromium: ECharts draws the donut with the figures of the contract table (including a draft
 * this test creates), the charts follow the light/dark switch, and a click on the Draft slice, found from the chart's
 * own layout wherever the data put it, opens the grid filtered to drafts.
 */
class DashboardJourneyBrowserTest extends BrowserJourney {

    /** The slices as drawn: name, value, and the middle of the slice in page coordinates. */
    static final String SLICES = """
            el => { const rect = el.getBoundingClientRect(); const data = el.chart.getModel().getSeriesByIndex(0).getData(); const slices = [];
              for (let i = 0; i < data.count(); i++) { const l = data.getItemLayout(i); const mid = (l.startAngle + l.endAngle) / 2;
                const r = (l.r0 + l.r) / 2;
                slices.push({name: data.getName(i), value: data.get('value', i), x: rect.left + l.cx + r * Math.cos(mid),
                  y: rect.top + l.cy + r * Math.sin(mid)}); }
              return slices; }""";

    @Autowired
    DashboardRefreshJob refresh;

    @Autowired
    Clock clock;

    @Autowired
    ContractService contracts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_analyst_sees_the_contract_figures_drawn_switches_them_to_dark_and_drills_down_from_the_draft_slice() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        users.as(
                "manager",
                () -> contracts.create(new ContractForm(
                        customer,
                        "Dashboard draft " + UUID.randomUUID().toString().substring(0, 8),
                        ContractType.SUBSCRIPTION,
                        new BigDecimal("1000"),
                        "EUR",
                        LocalDate.now().plusDays(5),
                        LocalDate.now().plusYears(1),
                        false,
                        30,
                        null)));
        refresh.execute(clock);
        Map<String, Long> expected = new HashMap<>();
        jdbc.query("select status, count(*) from contract group by status", rs -> {
            expected.put(ContractStatus.valueOf(rs.getString(1)).label(), rs.getLong(2));
        });
        long flagged = jdbc.queryForObject("select count(*) from contract where flagged", Long.class);

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/");
        signIn(page, "analyst");
        page.waitForSelector(".dashboard-view");

        assertThat(page.locator("portalops-chart")).hasCount(4);
        Locator donut = page.locator("portalops-chart[aria-label='Contracts by status'][rendered]");
        assertThat(donut.locator("svg")).isVisible();
        Map<String, Long> drawn = new HashMap<>();
        for (Map<String, Object> slice : slices(donut)) {
            drawn.put((String) slice.get("name"), ((Number) slice.get("value")).longValue());
        }
        assertThat(drawn).as("slices drawn").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(page.locator("a.kpi-tile[aria-label^='Flagged contracts:']"))
                .hasAttribute(
                        "aria-label",
                        "Flagged contracts: "
                                + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                                        .format(flagged) + ", any status");

        String lightText = labelColour(donut);
        page.locator("[aria-label='Switch light or dark theme']").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        page.locator("portalops-chart[aria-label='Contracts by status'][dark][rendered]")
                .waitFor();
        assertThat(labelColour(donut)).as("dark theme text").isNotEqualTo(lightText);
        page.locator("[aria-label='Switch light or dark theme']").click();
        page.locator("portalops-chart[aria-label='Contracts by status']:not([dark])[rendered]")
                .waitFor();
        assertThat(labelColour(donut)).isEqualTo(lightText);

        // on a phone the slice labels would be cut ("Reje…"): a legend instead, and the panel titles stop short of
        // the currency selector (issue #22, rough edge 2)
        page.setViewportSize(390, 844);
        Locator narrow = page.locator("portalops-chart[aria-label='Contracts by status'][narrow][rendered]");
        narrow.waitFor();
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>)
                narrow.evaluate("el => { const o = el.chart.getOption(); const legend = (o.legend || [])[0];"
                        + " return { legend: !!legend && legend.show !== false, labels: o.series[0].label.show }; }");
        assertThat(style).containsEntry("legend", true).containsEntry("labels", false);
        Locator moneyPanel =
                page.locator(".dashboard-panel:has(> .panel-select)").first();
        Number overlap = (Number) moneyPanel.evaluate(
                "panel => { const h = panel.querySelector(':scope > h4'); const s = panel.querySelector('.panel-select');"
                        + " const text = h.getBoundingClientRect().right - parseFloat(getComputedStyle(h).paddingRight);"
                        + " return text - s.getBoundingClientRect().left; }");
        assertThat(overlap.doubleValue())
                .as("title runs under the currency selector")
                .isLessThanOrEqualTo(0);
        page.setViewportSize(1400, 1000);
        page.locator("portalops-chart[aria-label='Contracts by status']:not([narrow])[rendered]")
                .waitFor();

        Map<String, Object> draft = slices(donut).stream()
                .filter(s -> "Draft".equals(s.get("name")))
                .findFirst()
                .orElseThrow();
        page.mouse().click(((Number) draft.get("x")).doubleValue(), ((Number) draft.get("y")).doubleValue());
        page.waitForURL(url -> url.endsWith("/contracts?status=DRAFT"));
        Locator grid = page.locator("vaadin-grid").first();
        page.waitForFunction("grid => grid.size > 0 && !grid.hasAttribute('loading')", grid.elementHandle());
        assertThat(gridRows(grid))
                .as("rows of the drill-down")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("Draft"));

        page.goBack();
        page.waitForSelector(".dashboard-view");
        page.locator("a.kpi-tile[aria-label^='Flagged contracts:']").click();
        page.waitForURL(url -> url.endsWith("/contracts?flagged=true"));
        page.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> slices(Locator chart) {
        return (List<Map<String, Object>>) chart.evaluate(SLICES);
    }

    private static String labelColour(Locator chart) {
        return (String)
                chart.locator("svg text").first().evaluate("t => t.getAttribute('fill') || getComputedStyle(t).fill");
    }
}
