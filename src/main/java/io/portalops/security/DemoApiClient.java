package io.portalops.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo event producer listed in the README: key {@code demo-producer-key}, scope {@code events:write}. */
@Component
@Profile("demo")
@Order(1)
class DemoApiClient implements ApplicationRunner {

    static final String KEY = "demo-producer-key";

    private final ApiClientService clients;

    DemoApiClient(ApiClientService clients) {
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        clients.ensureDemoClient("demo-producer", KEY);
    }
}
