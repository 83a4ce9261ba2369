package io.portalops.dashboard.ui;

import io.portalops.contract.ContractStatus;
import io.portalops.workflow.TaskKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * The grid links behind tiles and chart points: each opens a grid with the filters in its URL, in the query parameters
 * those views read (ContractFilterBar, EventFilterBar, PaymentFilterBar, TaskFilterBar), so a link can be bookmarked.
 */
final class DrillDowns {

    private DrillDowns() {}

    static String contracts(ContractStatus status) {
        return "contracts?status=" + status.name();
    }

    static String flaggedContracts() {
        return "contracts?flagged=true";
    }

    static String myApprovals() {
        return "contracts?mine=true";
    }

    static String activeContractsEnding(LocalDate from, LocalDate to) {
        return "contracts?status=ACTIVE&endFrom=" + from + "&endTo=" + to;
    }

    /** Active contracts ending in the range that renew by themselves ({@code renewing}) or expire (not). */
    static String activeContractsEnding(LocalDate from, LocalDate to, boolean renewing) {
        return activeContractsEnding(from, to) + "&renew=" + (renewing ? "auto" : "none");
    }

    static String contractsEndingIn(YearMonth month) {
        return "contracts?endFrom=" + month.atDay(1) + "&endTo=" + month.atEndOfMonth();
    }

    /** Signed contracts (the chart's "new") are not one status, so the link narrows by start month only. */
    static String contractsStartingIn(YearMonth month) {
        return "contracts?startFrom=" + month.atDay(1) + "&startTo=" + month.atEndOfMonth();
    }

    static String eventsOfTypeOn(String type, LocalDate day) {
        return "events?type=" + type + "&range=custom&from=" + LocalDateTime.of(day, LocalTime.MIDNIGHT) + "&to="
                + LocalDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT);
    }

    static String eventsOfCustomer(long customerId, String range) {
        return "events?customer=" + customerId + "&range=" + range;
    }

    static String paymentsOfService(long serviceId) {
        return "payments?service=" + serviceId;
    }

    static String paymentsWithDeadlineWithin(int days) {
        return "payments?deadline=" + days;
    }

    static String paymentsWithCardExpiringWithin(int days) {
        return "payments?card=" + days;
    }

    static String payment(long recordId) {
        return "payments/" + recordId;
    }

    static String productAccess(long serviceId, long productId) {
        return "services/" + serviceId + "/" + productId;
    }

    static String services() {
        return "services";
    }

    static String openTasks(TaskKind kind, boolean overdueOnly) {
        return "tasks?status=OPEN&kind=" + kind.name() + (overdueOnly ? "&due=OVERDUE" : "");
    }

    static String overdueTasks() {
        return "tasks?status=OPEN&due=OVERDUE";
    }

    static String eventsOfLast30Days() {
        return "events?range=month";
    }

    /** The Event Log's high-severity events of the last 7 days, in the caller's scope (an account manager's customers). */
    static String highSeverityEventsOfLastWeek() {
        return "events?severity=HIGH&range=week";
    }
}
