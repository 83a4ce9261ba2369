package io.portalops.usage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * A product's usage settings; a blank (null) value means the global default (idle days) or no alert (thresholds).
 *
 * @param idleDays       a seat not used in this many days is idle
 * @param maxUnusedSeats alert the product's admins when more seats than this lie unused (idle, never used, unassigned)
 * @param minFreeSeats   alert them when fewer seats than this are left to assign
 */
public record UsagePolicyForm(
        @Min(value = 1, message = "Idle days must be between 1 and 3650.")
        @Max(value = 3650, message = "Idle days must be between 1 and 3650.")
        @Nullable
        Integer idleDays,

        @Min(value = 0, message = "The unused-seats threshold cannot be negative.")
        @Max(value = 1_000_000, message = "The unused-seats threshold is at most 1,000,000.")
        @Nullable
        Integer maxUnusedSeats,

        @Min(value = 0, message = "The free-seats threshold cannot be negative.")
        @Max(value = 1_000_000, message = "The free-seats threshold is at most 1,000,000.")
        @Nullable
        Integer minFreeSeats) {}
