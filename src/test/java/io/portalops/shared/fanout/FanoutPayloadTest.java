package io.portalops.shared.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FanoutPayloadTest {

    @Test
    void ten_thousand_account_ids_are_split_into_payloads_postgres_accepts_and_come_back_whole() {
        List<Long> ids = LongStream.range(Long.MAX_VALUE - 10_000, Long.MAX_VALUE)
                .boxed()
                .toList();

        List<String> payloads = FanoutPayload.encode("notifications", "node-1", ids);

        assertThat(payloads).hasSizeGreaterThan(1);
        assertThat(payloads)
                .allSatisfy(p ->
                        assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000));
        List<Long> back = payloads.stream()
                .flatMap(p -> FanoutPayload.decode(p).orElseThrow().ids().stream())
                .toList();
        assertThat(back).isEqualTo(ids);
    }

    @Test
    void a_signal_without_ids_is_one_payload() {
        assertThat(FanoutPayload.encode("events", "abc", List.of())).containsExactly("events|abc|");
        assertThat(FanoutPayload.decode("events|abc|")).contains(new FanoutMessage("events", "abc", List.of()));
    }

    @Test
    void a_stray_notification_on_the_channel_is_ignored() {
        assertThat(FanoutPayload.decode(null)).isEmpty();
        assertThat(FanoutPayload.decode("hello")).isEmpty();
        assertThat(FanoutPayload.decode("events|abc|1,x")).isEmpty();
        assertThat(FanoutPayload.decode("Events|abc|1")).isEmpty();
        assertThat(FanoutPayload.decode("events|abc|1|2")).isEmpty();
    }

    @Test
    void a_topic_that_could_break_the_format_is_refused() {
        assertThatThrownBy(() -> FanoutPayload.encode("a|b", "abc", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FanoutPayload.encode("x".repeat(41), "abc", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
