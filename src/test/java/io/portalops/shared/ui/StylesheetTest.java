package io.portalops.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet is served as is (ADR 003), with no build step to reject it. A rule left open (e.g. by a merge) makes
 * the browser nest every later rule inside it, so they silently stop applying: this keeps the braces balanced.
 */
class StylesheetTest {

    @Test
    void every_rule_of_the_stylesheet_is_closed_and_nothing_closes_twice() throws Exception {
        String css = Files.readString(Path.of("frontend/styles/portalops.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth)
                    .as("brace depth at line %d (comments removed)", line)
                    .isBetween(0, 2);
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
