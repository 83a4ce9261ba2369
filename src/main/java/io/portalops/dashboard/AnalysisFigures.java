package io.portalops.dashboard;

import io.portalops.contract.ContractFigures.MonthFigure;
import io.portalops.contract.ContractFigures.StatusFigure;
import io.portalops.event.EventFigures.CustomerVolume;
import io.portalops.event.EventFigures.DayFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The analysts' and admins' part, over all customers: contract value by month (new and expiring, per currency) from
 * {@code firstMonth} to {@code lastMonth}, contracts by status, flagged contracts, events per day and type since
 * {@code firstDay}, and the customers with most events in 30 days.
 */
public record AnalysisFigures(
        YearMonth firstMonth,
        YearMonth lastMonth,
        List<MonthFigure> valueByMonth,
        List<StatusFigure> byStatus,
        long flagged,
        LocalDate firstDay,
        LocalDate lastDay,
        List<DayFigure> eventsPerDay,
        List<CustomerVolume> topCustomers) {}
