package io.portalops.contract.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A posted note as text, with each @mention of an account that was actually notified set apart as a highlighted span.
 * Everything stays text nodes and spans built by the server: a note never renders as HTML.
 */
final class NoteBody {

    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._-]+)");

    private NoteBody() {}

    static Span of(String text, List<String> mentionedUsernames) {
        Span body = new Span();
        body.addClassName("note-body");
        Set<String> mentioned =
                mentionedUsernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Matcher matcher = MENTION.matcher(text);
        int shown = 0;
        while (matcher.find()) {
            if (!mentioned.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (matcher.start() > shown) {
                body.add(new Text(text.substring(shown, matcher.start())));
            }
            Span mention = new Span(matcher.group());
            mention.addClassName("mention");
            body.add(mention);
            shown = matcher.end();
        }
        if (shown == 0) {
            body.setText(text);
        } else if (shown < text.length()) {
            body.add(new Text(text.substring(shown)));
        }
        return body;
    }
}
