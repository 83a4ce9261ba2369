package io.portalops.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.directory.ActiveGrant;
import io.portalops.directory.EmploymentStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The suggestion rule on its own: no Spring, the collaborators are not called by it. */
class SnapshotSuggestionTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    final SnapshotTaker taker = new SnapshotTaker(null, null, null, null, new ReviewProperties(90, 3, 7, 7));

    static ActiveGrant grant(EmploymentStatus status, @Nullable Instant grantedAt) {
        return new ActiveGrant(1, 2, "Ada", status, "Eng", 3, grantedAt, null);
    }

    static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void a_person_who_left_is_suggested_whatever_the_usage() {
        assertThat(taker.suggestion(grant(EmploymentStatus.LEFT, daysAgo(5)), daysAgo(1), true, NOW))
                .isEqualTo("The person has left");
        assertThat(taker.suggestion(grant(EmploymentStatus.LEFT, daysAgo(5)), null, false, NOW))
                .isEqualTo("The person has left");
    }

    @Test
    void without_recorded_usage_nobody_active_is_suggested() {
        assertThat(taker.suggestion(grant(EmploymentStatus.ACTIVE, daysAgo(400)), null, false, NOW))
                .isNull();
        assertThat(taker.suggestion(grant(EmploymentStatus.LEAVING, daysAgo(400)), null, false, NOW))
                .isNull();
    }

    @Test
    void with_recorded_usage_a_grant_unused_for_the_idle_period_is_suggested_with_its_last_use() {
        assertThat(taker.suggestion(grant(EmploymentStatus.ACTIVE, daysAgo(400)), daysAgo(91), true, NOW))
                .isEqualTo("No use in 90 days (last used 2026-09-07)");
        assertThat(taker.suggestion(grant(EmploymentStatus.ACTIVE, daysAgo(400)), daysAgo(89), true, NOW))
                .isNull();
        assertThat(taker.suggestion(grant(EmploymentStatus.ACTIVE, daysAgo(400)), null, true, NOW))
                .isEqualTo("No recorded use in 90 days");
        assertThat(taker.suggestion(grant(EmploymentStatus.ACTIVE, daysAgo(30)), null, true, NOW))
                .as("too new to have been idle that long")
                .isNull();
    }
}
