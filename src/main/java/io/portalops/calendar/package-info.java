/**
 * One renewal and notice calendar: the deadlines of other modules, merged for a date range and scoped to the caller
 * exactly like each module's own grid, shown as a month, week and list view, served as JSON and as a personal iCal
 * feed. The calendar reads no table of another module: each source module implements
 * {@link io.portalops.calendar.CalendarSource} (ADR 041).
 */
@org.jspecify.annotations.NullMarked
package io.portalops.calendar;
