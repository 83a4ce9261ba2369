package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.trace.TestSpanData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tests' span exporter keeps the newest spans only, so a long run cannot fill the heap with traces. */
class InMemorySpansTest {

    static SpanData span(int n) {
        return TestSpanData.builder()
                .setName("span-" + n)
                .setKind(SpanKind.INTERNAL)
                .setStartEpochNanos(n)
                .setEndEpochNanos(n + 1)
                .setHasEnded(true)
                .setStatus(StatusData.unset())
                .build();
    }

    @Test
    void past_its_capacity_the_exporter_drops_the_oldest_spans_and_keeps_the_newest() {
        InMemorySpans.Exporter exporter = new InMemorySpans.Exporter(3);
        exporter.export(IntStream.range(0, 5).mapToObj(InMemorySpansTest::span).toList());
        exporter.export(List.of(span(5)));

        assertThat(exporter.size()).isEqualTo(3);
        assertThat(exporter.getFinishedSpanItems())
                .extracting(SpanData::getName)
                .containsExactly("span-3", "span-4", "span-5");
    }
}
