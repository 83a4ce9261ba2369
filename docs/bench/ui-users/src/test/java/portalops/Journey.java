package portalops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey recorded by RecordJourney.java: lines "STEP TAB RESPONSE-LENGTH TAB UIDL-BODY", in the order the browser
 * sent them. The requests of the login view itself are not replayed (the simulation signs in with the form post).
 * The first replayed step is the page the sign-in lands on, so it boots a UI first.
 */
record Journey(List<Step> steps) {

    /** A page of the journey: a group in the report. bootRoute is the route it loads in full, or null. */
    record Step(String name, String bootRoute, List<Request> requests) {}

    /**
     * One UIDL request. body is the recorded body; csrfToken, syncId and clientId are replaced on replay.
     * minResponseLength is half the recorded response: a replay the server rejects or ignores answers with an
     * empty change set, far shorter than the rows or the view it answered the browser with.
     */
    record Request(String body, int minResponseLength) {}

    private static final java.util.regex.Pattern CLIENT_ID = java.util.regex.Pattern.compile("\"clientId\":(\\d+)");

    private static int clientId(String line) {
        java.util.regex.Matcher matcher = CLIENT_ID.matcher(line);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }

    static Journey load(String directory, String role) {
        Path file = Path.of(directory, role + ".uidl");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no recorded journey " + file.toAbsolutePath() + " (see RecordJourney.java)", e);
        }
        // the browser numbers its requests (clientId); the recording lists them in the order they finished
        lines = lines.stream()
                .filter(line -> !line.startsWith("login"))
                .sorted(java.util.Comparator.comparingInt(Journey::clientId))
                .toList();
        // consecutive requests of one step make a page; a step that comes back later (a late request of an earlier
        // page) is a page again under the same name, so that the requests keep the browser's order
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("start-page", "", new ArrayList<>()));
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            int recorded = Integer.parseInt(parts[1]);
            // small answers (an acknowledgement) are not compared: they carry no content to lose
            int min = recorded > 400 ? recorded / 2 : 0;
            Step last = steps.getLast();
            if (!last.name().equals(parts[0])) {
                last = new Step(parts[0], null, new ArrayList<>());
                steps.add(last);
            }
            last.requests().add(new Request(parts[2], min));
        }
        if (steps.size() < 2) {
            throw new IllegalStateException(file + " holds no UIDL request after the sign-in");
        }
        return new Journey(steps);
    }
}
