package io.portalops.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cancellation deadline arithmetic, without Spring. */
class NoticePeriodTest {

    @ParameterizedTest(name = "renewal {0} with {1} {2} notice: cancel by {3}")
    @CsvSource({
        "2025-03-31, 1, MONTHS, 2025-02-28",
        "2024-03-31, 1, MONTHS, 2024-02-29",
        "2024-02-29, 12, MONTHS, 2023-02-28",
        "2028-02-29, 48, DAYS, 2028-01-12",
        "2025-05-31, 3, MONTHS, 2025-02-28",
        "2025-04-30, 1, MONTHS, 2025-03-30",
        "2025-01-31, 2, MONTHS, 2024-11-30",
        "2025-07-15, 0, MONTHS, 2025-07-15",
        "2024-03-01, 1, DAYS, 2024-02-29",
        "2025-03-01, 1, DAYS, 2025-02-28",
        "2025-03-01, 30, DAYS, 2025-01-30",
        "2025-01-10, 90, DAYS, 2024-10-12",
        "2025-01-01, 0, DAYS, 2025-01-01",
        "2026-01-01, 730, DAYS, 2024-01-02",
        "2026-01-31, 24, MONTHS, 2024-01-31"
    })
    void the_cancellation_deadline_is_the_renewal_minus_the_notice_period(
            LocalDate renewal, int amount, NoticeUnit unit, LocalDate deadline) {
        assertThat(new NoticePeriod(amount, unit).deadlineFor(renewal)).isEqualTo(deadline);
    }

    @Test
    void a_notice_period_is_between_zero_and_two_years() {
        assertThatThrownBy(() -> NoticePeriod.days(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticePeriod.days(731)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticePeriod.months(25)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NoticePeriod.months(24).amount()).isEqualTo(24);
    }

    @Test
    void labels_read_as_english() {
        assertThat(NoticePeriod.months(1).label()).isEqualTo("1 month");
        assertThat(NoticePeriod.days(30).label()).isEqualTo("30 days");
        assertThat(NoticePeriod.days(0).label()).isEqualTo("no notice");
    }

    @Test
    void a_card_is_valid_through_the_last_day_of_its_expiry_month() {
        assertThat(new CardExpiry(2, 2028).lastValidDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new CardExpiry(2, 2027).lastValidDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new CardExpiry(3, 2027).display()).isEqualTo("03/2027");
        assertThat(CardExpiry.parse(new CardExpiry(11, 2030).stored())).isEqualTo(new CardExpiry(11, 2030));
        assertThatThrownBy(() -> new CardExpiry(13, 2027)).isInstanceOf(IllegalArgumentException.class);
    }
}
