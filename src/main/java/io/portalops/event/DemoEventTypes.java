package io.portalops.event;

import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo event types with their JSON Schemas; only in the demo profile. */
@Component
@Profile("demo")
@Order(6)
class DemoEventTypes implements ApplicationRunner {

    static final Map<String, String[]> TYPES = Map.of(
            "payment.missed", new String[] {"A payment was not received by its due date", """
                    {"type":"object","required":["amount","currency"],"additionalProperties":false,"properties":{
                    "amount":{"type":"number","minimum":0},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},
                    "invoiceNumber":{"type":"string","maxLength":64},"dueDate":{"type":"string","format":"date"}}}"""},
            "payment.received", new String[] {"A payment arrived", """
                    {"type":"object","required":["amount","currency"],"additionalProperties":false,"properties":{
                    "amount":{"type":"number","minimum":0},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},
                    "invoiceNumber":{"type":"string","maxLength":64}}}"""},
            "login", new String[] {"The customer signed in to a product", """
                    {"type":"object","required":["channel"],"additionalProperties":false,"properties":{
                    "channel":{"enum":["web","mobile","api"]},"ip":{"type":"string","maxLength":45}}}"""},
            "complaint.opened", new String[] {"The customer opened a complaint", """
                    {"type":"object","required":["severity","subject"],"additionalProperties":false,"properties":{
                    "severity":{"enum":["low","medium","high"]},"subject":{"type":"string","minLength":1,"maxLength":200}}}"""},
            "usage.reported", new String[] {"Metered usage for a period", """
                    {"type":"object","required":["metric","quantity"],"additionalProperties":false,"properties":{
                    "metric":{"type":"string","maxLength":64},"quantity":{"type":"number","minimum":0},
                    "period":{"type":"string","maxLength":32}}}"""});

    private final EventTypes types;
    private final EventTypeRepository repository;

    DemoEventTypes(EventTypes types, EventTypeRepository repository) {
        this.types = types;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        TYPES.forEach((name, spec) -> {
            if (!repository.existsById(name)) {
                types.saveInternal(name, spec[0], spec[1].replaceAll("\\s*\\n\\s*", ""), severity(name), true);
            }
        });
    }

    /** A missed payment is always serious; a complaint is as serious as its payload says (medium by default). */
    static EventSeverity severity(String type) {
        return switch (type) {
            case "payment.missed" -> EventSeverity.HIGH;
            case "complaint.opened" -> EventSeverity.MEDIUM;
            default -> EventSeverity.LOW;
        };
    }
}
