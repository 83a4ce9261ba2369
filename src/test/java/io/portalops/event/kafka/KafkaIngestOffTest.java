package io.portalops.event.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/** Without {@code portalops.events.kafka.enabled} the application has no Kafka bean and needs no broker (ADR 048). */
@SpringBootTest
class KafkaIngestOffTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void without_the_switch_the_application_has_no_kafka_bean() {
        var factory = context.getBeanFactory();
        assertThat(Arrays.stream(factory.getBeanDefinitionNames())
                        .map(name -> factory.getType(name, false))
                        .filter(Objects::nonNull)
                        .map(Class::getName)
                        .filter(type -> type.startsWith("org.apache.kafka.")
                                || type.startsWith("org.springframework.kafka.")
                                || type.equals(KafkaIngestConfiguration.class.getName())
                                || type.equals(KafkaIngestListener.class.getName())))
                .isEmpty();
        // the switch itself is bound (a typed, documented key), and off
        assertThat(context.getBean(KafkaIngestProperties.class).enabled()).isFalse();
    }
}
