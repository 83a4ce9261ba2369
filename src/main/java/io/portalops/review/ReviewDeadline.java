package io.portalops.review;

import java.time.LocalDate;

/** A running campaign's due date, for the calendar; {@code undecided} counts the items the caller may decide. */
public record ReviewDeadline(long reviewId, String title, LocalDate dueDate, int undecided) {}
