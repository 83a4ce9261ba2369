package portalops;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import io.gatling.javaapi.http.*;
import java.time.Duration;
import java.util.*;

/**
 * USERS simulated PortalOps UI users (ADR 057). Each virtual user signs in through the Spring Security form login
 * as the Vaadin LoginForm does it, boots a Vaadin UI (the route's page, then ?v-r=init, which yields the UI id and
 * the Vaadin security key), and replays the UIDL requests a real browser sent on a recorded journey
 * (journeys/ROLE.uidl, recorded by RecordJourney.java) with its own security key, syncId and clientId. The grid
 * rows, filters and drill-downs are server round trips, so this is the server's whole part of a page.
 * Half the users are managers (contracts: scroll, filter, drill-down, back, dashboard), half analysts (customers and
 * events grids, a customer drill-down).
 *
 * System properties: base (http://localhost:8080), users (200), ramp (seconds, 60), duration (seconds a user keeps
 * repeating its journey, 300), think (seconds between pages, 3), journeys (directory of the recordings), roles
 * (manager,analyst: the recordings to replay, users shared out evenly).
 */
public class UiUsersSimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 200);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final int DURATION = Integer.getInteger("duration", 300);
    static final int THINK = Integer.getInteger("think", 3);
    static final String JOURNEYS = System.getProperty("journeys", "journeys");
    static final List<String> ROLES = List.of(System.getProperty("roles", "manager,analyst").split(","));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) PortalOps-Gatling")
            .disableCaching();

    ChainBuilder signIn(String role) {
        return group("sign-in").on(
                exec(http("login page").get("/login")
                                .check(status().is(200))
                                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")))
                        .exec(http("login post").post("/login")
                                .formParam("username", role)
                                .formParam("password", role)
                                .formParam("_csrf", "#{formCsrf}")
                                .disableFollowRedirect()
                                .check(status().is(302))
                                // a failed or throttled sign-in redirects to /login?error
                                .check(headerRegex("Location", "login|error|second-factor").notExists())));
    }

    /** A full page load of a route: the HTML, then Vaadin's init request that creates the UI. */
    ChainBuilder boot(String route) {
        return exec(http("page html").get("/" + route).check(status().is(200)))
                .exec(http("vaadin init").get("/?v-r=init&location=" + route + "&query=")
                        .check(status().is(200))
                        .check(regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("csrf"))
                        .check(regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"))
                        .check(regex("\"syncId\"\\s*:\\s*(\\d+)").saveAs("syncId"))
                        .check(regex("\"appError\"").notExists()))
                .exec(session -> session.set("clientId", "0"));
    }

    /**
     * The beacon a browser sends when it leaves the page (Flow's UNLOAD request): the server closes the UI at once,
     * so the UIs of past journeys do not pile up in the session until their heartbeats are missed.
     */
    ChainBuilder unload() {
        return exec(http("unload").post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf")
                        + "\",\"rpc\":[],\"syncId\":" + session.getString("syncId")
                        + ",\"clientId\":" + session.getString("clientId") + ",\"UNLOAD\":true}"))
                .check(status().in(200, 204)));
    }

    /** One recorded UIDL request, replayed with this user's keys; rejected or ignored replays fail the checks. */
    ChainBuilder rpc(Journey.Request request) {
        return exec(http("uidl").post("/?v-r=uidl&v-uiId=#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> substitute(request.body(), session)))
                        .check(status().is(200))
                        .check(substring("\"appError\"").notExists())
                        .check(substring("\"resynchronize\"").notExists())
                        .check(substring("Session expired").notExists())
                        .check(bodyLength().gte(request.minResponseLength()))
                        .check(regex("\"syncId\"\\s*:\\s*(\\d+)").saveAs("syncId"))
                        .check(regex("\"clientId\"\\s*:\\s*(\\d+)").saveAs("lastClientId")))
                .exec(session -> session.set("clientId", session.getString("lastClientId")));
    }

    static String substitute(String body, Session session) {
        return body.replaceFirst("\"csrfToken\":\"[^\"]*\"", "\"csrfToken\":\"" + session.getString("csrf") + "\"")
                .replaceFirst("\"syncId\":-?\\d+", "\"syncId\":" + session.getString("syncId"))
                .replaceFirst("\"clientId\":-?\\d+", "\"clientId\":" + session.getString("clientId"));
    }

    ChainBuilder journey(Journey journey) {
        ChainBuilder chain = exec(session -> session);
        for (Journey.Step step : journey.steps()) {
            ChainBuilder requests = step.bootRoute() == null ? exec(session -> session) : boot(step.bootRoute());
            for (Journey.Request request : step.requests()) {
                requests = requests.exec(rpc(request));
            }
            chain = chain.exec(group(step.name()).on(requests))
                    .pause(Duration.ofMillis(THINK * 500L), Duration.ofMillis(THINK * 1500L));
        }
        return chain.exec(unload());
    }

    ScenarioBuilder user(String role) {
        Journey recorded = Journey.load(JOURNEYS, role);
        return scenario(role)
                .exec(signIn(role))
                // a journey under way when the time is up is finished, so every page counted is a whole one
                .during(Duration.ofSeconds(DURATION), "journey", false).on(journey(recorded));
    }

    {
        // the users are shared out evenly over the roles (their journeys' recordings)
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            int share = USERS / ROLES.size() + (i < USERS % ROLES.size() ? 1 : 0);
            populations.add(user(ROLES.get(i)).injectOpen(rampUsers(share).during(RAMP)));
        }
        setUp(populations)
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
