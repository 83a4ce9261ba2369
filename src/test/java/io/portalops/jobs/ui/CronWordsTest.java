package io.portalops.jobs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronWordsTest {

    @Test
    void a_schedule_reads_in_words_and_an_unreadable_cron_is_shown_as_it_is() {
        assertThat(CronWords.of("0 15 2 * * *")).isEqualTo("daily at 02:15");
        assertThat(CronWords.of("0 */5 * * * *")).doesNotStartWith("daily").contains("5 minutes");
        assertThat(CronWords.of("not a cron")).isEqualTo("not a cron");
    }
}
